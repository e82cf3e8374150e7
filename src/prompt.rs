//! `retract init --interactive`: the questions, asked at the terminal. The answers go back to
//! the library, which writes the profile; only this module and `main` talk to the terminal.

use dialoguer::theme::SimpleTheme;
use dialoguer::Input;
use retract::model::Lang;

struct Question {
    path: &'static str,
    ja: &'static str,
    en: &'static str,
    required: bool,
}

const QUESTIONS: &[Question] = &[
    Question {
        path: "applicant.name",
        ja: "氏名（例：山田 太郎）",
        en: "Your full name",
        required: true,
    },
    Question {
        path: "applicant.university",
        ja: "大学名",
        en: "University",
        required: true,
    },
    Question {
        path: "applicant.faculty",
        ja: "学部（任意）",
        en: "Faculty (optional)",
        required: false,
    },
    Question {
        path: "applicant.year",
        ja: "学年（任意、例：4年）",
        en: "Year (optional)",
        required: false,
    },
    Question {
        path: "applicant.phone",
        ja: "電話番号（例：090-1234-5678）",
        en: "Phone number",
        required: true,
    },
    Question {
        path: "applicant.email",
        ja: "メールアドレス",
        en: "Email address",
        required: true,
    },
    Question {
        path: "company.name",
        ja: "会社の正式名称（例：株式会社北斗精機）",
        en: "Company's full legal name",
        required: true,
    },
    Question {
        path: "company.department",
        ja: "部署（任意、例：人事部）",
        en: "Department (optional)",
        required: false,
    },
    Question {
        path: "company.phone",
        ja: "会社の代表番号（任意）",
        en: "Company's main phone number (optional)",
        required: false,
    },
    Question {
        path: "company.contact.name",
        ja: "採用担当者の名前（任意、様は不要）",
        en: "Recruiter, as you address them (optional, e.g. Ms. Chen)",
        required: false,
    },
    Question {
        path: "company.contact.email",
        ja: "採用担当者のメールアドレス（任意）",
        en: "Recruiter's email (optional)",
        required: false,
    },
    Question {
        path: "company.contact.phone",
        ja: "採用担当者の直通番号（任意）",
        en: "Recruiter's direct phone number (optional)",
        required: false,
    },
    Question {
        path: "timeline.declined_on",
        ja: "辞退を伝えた日（YYYY-MM-DD）",
        en: "The day you declined (YYYY-MM-DD)",
        required: true,
    },
    Question {
        path: "timeline.called_on",
        ja: "電話した日（まだなら空欄）",
        en: "The day you phoned them (empty if not yet)",
        required: false,
    },
    Question {
        path: "reasons.regret",
        ja: "辞退の後に何があり、何に気づいたか（具体的に）",
        en: "What happened after you declined, and what it made you see (concretely)",
        required: true,
    },
    Question {
        path: "reasons.why_this_company",
        ja: "この会社でなければならない理由（この会社にしかないもの）",
        en: "Why it must be this company (something only they offer)",
        required: true,
    },
    Question {
        path: "reasons.commitment",
        ja: "事実であれば：他社の内定はすべて辞退した、など（任意）",
        en: "If true: e.g. you have withdrawn from the other offer (optional)",
        required: false,
    },
];

/// Asks every question; an empty answer to an optional one leaves the field blank. Each answer
/// is checked as it is typed, with the rule its profile field has (an email, a phone number, a
/// date), and asked again until it passes.
pub fn ask(lang: Lang) -> std::io::Result<Vec<(String, String)>> {
    let theme = SimpleTheme;
    let mut answers = Vec::new();
    for q in QUESTIONS {
        let label = match lang {
            Lang::Ja => q.ja,
            Lang::En => q.en,
        };
        let answer: String = Input::with_theme(&theme)
            .with_prompt(label)
            .allow_empty(!q.required)
            .validate_with(|s: &String| -> Result<(), String> {
                if s.trim().is_empty() {
                    return Ok(());
                }
                retract::model::check_answer(q.path, s, lang)
            })
            .interact_text()
            .map_err(|e| match e {
                dialoguer::Error::IO(io) => io,
            })?;
        answers.push((q.path.to_owned(), answer));
    }
    Ok(answers)
}
