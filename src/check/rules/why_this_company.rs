//! # why-this-company (error/warning)
//!
//! ## What it checks
//! That the letter gives a reason only this company can satisfy: a product, a programme, a
//! person, a way of working you saw there. It reads the sentences that play the
//! *why-this-company* role (the company, someone there or something seen there, with a reason)
//! and counts what is specific in them once praise that fits any company (成長できる環境,
//! 風通しの良い社風, "great culture", "growth opportunities") is set aside.
//!
//! It reports an **error** when no sentence says why this company at all, and a **warning**,
//! quoting the praise, when the only reasons would fit any company.
//!
//! Nothing is reported when the learned reading is all but sure that some sentence is a reason only
//! this company fits (`(learned: specific-reason …)` under `--explain`): the cues missed a
//! paraphrase. Where nothing of the kind is found but the learned reading scores some sentence 0.5
//! or more, the finding is a warning, not an error: a sentence may play the role in words the cues
//! do not hold. And where the cues accept a reason but the learned reading finds no sentence of the
//! company's own (none scores 0.9) and takes one for praise that fits any company (0.5 or more), it
//! warns and quotes that sentence.
//!
//! ## Why it matters
//! A student who declined must show why it has to be this company and not any other; praise that
//! fits every company suggests you will leave again for the next offer.
//!
//! ## Example
//! ```text
//! 成長できる環境と風通しの良い社風に魅力を感じております。
//! Your company has a great culture and growth opportunities.
//! ```
//!
//! ## Instead
//! ```text
//! 工場見学で、若手の設計者が加工担当の方と0.01ミリの公差について議論している姿を拝見し、
//! ここでなら自分の手で確かめながら設計を学べると確信しました。
//! Aozora is the only company I interviewed with that builds its own perception stack for
//! small autonomous buses.
//! ```

use super::concrete_regret::formula;
use super::{doubted, missing_severity, quote, Rule, Scope};
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::learned::Label;
use crate::check::roles::{Evidence, Reading, Role};
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "why-this-company",
    severities: &[Severity::Error, Severity::Warning],
    summary: "give a reason only this company offers, not generic praise",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("why_this_company.rs"),
    reads: "why-this-company; praise that fits any company counts for nothing; the learned specific-reason score",
};

/// Enough kinds of specific evidence to be this company's and no other's.
const SPECIFIC: usize = 2;

/// A sentence that states the reason (貴社を志望する理由は…) and how it stands.
struct Stated {
    at: usize,
    /// It points back with one of [`POINTS_BACK`].
    back: bool,
    /// It points back with those, こちら, or "this", "that", "these", "such".
    points_back: bool,
    /// It ends with no closing mark: a heading over what follows.
    heading: bool,
}

/// Words with which a stated reason points back to what was just told (この点, その姿勢,
/// こうした取り組み, その体制こそ).
const POINTS_BACK: [&str; 5] = ["この", "その", "こうした", "そうした", "こそ"];

#[derive(Debug)]
pub enum Finding {
    Missing { closest: Option<String> },
    Generic { phrase: String },
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Finding::Missing { closest: None }, Lang::Ja) => {
                "この会社でなければならない理由が書かれていません".into()
            }
            (Finding::Missing { closest: Some(s) }, Lang::Ja) => format!(
                "この会社でなければならない理由が見当たりません。近いのは「{s}」ですが、この会社の何に惹かれたのかを語っていません"
            ),
            (Finding::Missing { closest: None }, Lang::En) => {
                "the letter never says why it must be this company".into()
            }
            (Finding::Missing { closest: Some(s) }, Lang::En) => format!(
                "the letter never says why it must be this company; the closest is \"{s}\""
            ),
            (Finding::Generic { phrase }, Lang::Ja) => format!(
                "「{phrase}」はどの会社にも言える褒め言葉で、この会社でなければならない理由になっていません"
            ),
            (Finding::Generic { phrase }, Lang::En) => {
                format!("\"{phrase}\" fits any company; it is not a reason to choose this one")
            }
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match lang {
            Lang::Ja => "この会社にしかないもの（製品、事業、制度、会った人、見た現場）を具体的に一つ挙げる".into(),
            Lang::En => "name one thing only this company has: a product, a team, a programme, something you saw there".into(),
        })
    }
}

/// The verdict on some sentences of a reading: where a finding would point and what it is.
pub fn assess(r: &Reading) -> Option<(Severity, Option<usize>, Finding)> {
    // A script spelled out in kana hides what it tells from the reading: better unjudged
    // than misjudged.
    if r.surely_has(Label::SpecificReason) || r.in_kana() {
        return None;
    }
    // The cues took something for a reason of the company's own, but the learned reading finds
    // none and takes a sentence for praise that fits any company.
    by_cues(r).or_else(|| {
        doubted(r, Label::SpecificReason, Label::GenericReason, |phrase| {
            Finding::Generic { phrase }
        })
    })
}

fn by_cues(r: &Reading) -> Option<(Severity, Option<usize>, Finding)> {
    let all = 0..r.sentences.len();
    let candidates: Vec<usize> = all
        .clone()
        .filter(|&i| r.plays(i, Role::WhyThisCompany))
        .collect();
    let specific = |i: usize| {
        let exclusive = r.hits_of(i).iter().any(|h| h.cue == Cue::Exclusive);
        // Words alone are weak evidence: praise can be wordy. A quotation, a number or a name is
        // strong; something seen at the company, many words, or "only here" count with words.
        let mut e = r.company_evidence(i);
        // A sentence beside it in its paragraph that names no other company: what it describes
        // may belong to this reason. `beside` is one that is no reason of its own.
        let near = |j: usize| {
            r.letter.sentences[j].para == r.letter.sentences[i].para
                && !formula(r, j)
                && !r.hits_of(j).iter().any(|h| h.cue == Cue::OtherCompany)
        };
        let beside = |j: usize| near(j) && !r.plays(j, Role::WhyThisCompany);
        // What a neighbour shows is pictured here; its time and where it was seen are its own.
        fn absorb(e: &mut Evidence, more: Evidence) {
            e.quote |= more.quote;
            e.number |= more.number;
            e.name |= more.name;
            e.things += more.things;
        }
        // A reason often runs on into the next sentence of its paragraph (「…を拝見しました。
        // その〇〇は…」): what that sentence describes counts when it names nothing else.
        // Praise that fits any company told there (どなたも温かく…ここなら成長できると
        // 感じました) adds nothing of the company's own.
        // A sentence that counts the company's things (「貴社の二つの事業と…比べて考えました。
        // 一つは、…」) is told by the ones that list them.
        let next = i + 1;
        if next < r.sentences.len()
            && beside(next)
            && (e.company || r.opens_with(next, Cue::ListItem))
            && !r.hits_of(next).iter().any(|h| h.cue == Cue::Generic)
        {
            absorb(&mut e, r.evidence(&[next]));
        }
        // Or it sums up what the sentence before it told of the company (「御社が修理して島へ
        // 送ってくださった面でした。…御社の仕事がしたいのだと気づきました」).
        let names_company = |j: usize| {
            r.hits_of(j)
                .iter()
                .any(|h| matches!(h.cue, Cue::CompanyWord | Cue::CompanyName))
        };
        // The sentence before may be a reason of its own that this one goes on with
        // (「…照らしていたのは、御社の照明車でした。市との災害協定で出動されたと伺いました。」):
        // the two tell one reason.
        let reason_before = |j: usize| {
            near(j)
                && r.plays(j, Role::WhyThisCompany)
                && !r.hits_of(j).iter().any(|h| h.cue == Cue::Generic)
        };
        if i > 0 && (beside(i - 1) || reason_before(i - 1)) && names_company(i - 1) {
            absorb(&mut e, r.company_evidence(i - 1));
        }
        let worded = e.things >= 2;
        // A name in quotation marks after the company's (貴社の『うみなぎ』) is its own product
        // or programme: specific on its own.
        2 * usize::from(e.quote)
            + usize::from(e.number)
            + usize::from(e.name)
            + usize::from(e.company && worded)
            + usize::from(e.things >= 3)
            + usize::from(e.things >= 6)
            + usize::from(exclusive && worded)
    };
    // Where the letter states its reason (貴社を志望する理由は…, "I am drawn to you because…"),
    // that statement is what a recruiter weighs: it, or what leads to it or follows it in its
    // paragraph, must be this company's own. A story elsewhere that has the company in it does
    // not make a stated reason of growth and atmosphere specific.
    let declared: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| r.hits_of(i).iter().any(|h| h.cue == Cue::Declared))
        .collect();
    // How each statement stands: whether it points back to what was just told (「…この点に
    // ございます」), and whether it heads what follows (「御社を選ぶ理由」 alone on a line).
    let stated: Vec<Stated> = declared
        .iter()
        .map(|&d| {
            let text = r.text_of(d);
            let back = POINTS_BACK.iter().any(|w| text.contains(w));
            let points_back = back
                || text.contains("こちら")
                || text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "this" | "that" | "these" | "such"
                    )
                });
            let heading = !text.ends_with(['。', '.', '！', '？', '!', '?']);
            Stated {
                at: d,
                back,
                points_back,
                heading,
            }
        })
        .collect();
    let para = |i: usize| r.letter.sentences[i].para;
    let near = |i: usize, s: &Stated| {
        let d = s.at;
        (para(i) == para(d) && i + 2 >= d && i <= d + 2)
            || s.points_back && i < d && i + 3 >= d
            || s.heading && i > d && i <= d + 3
    };
    let judged: Vec<usize> = if declared.is_empty() {
        candidates.clone()
    } else {
        candidates
            .iter()
            .copied()
            .filter(|&i| stated.iter().any(|s| near(i, s)))
            .collect()
    };
    // Some evidence, one point short, which the learned reading does not doubt: a reason told
    // in plain nouns (古い祭り提灯を…張り替えて送り返す御社の修理の仕事) has no name or number
    // for the cues to count, and the reading has learned such work from labelled letters.
    let backed =
        |i: usize| r.learned()[i].of(Label::SpecificReason) >= Label::SpecificReason.doubted();
    if judged
        .iter()
        .map(|&i| (i, specific(i)))
        .any(|(i, score)| score >= SPECIFIC || score + 1 == SPECIFIC && backed(i))
    {
        return None;
    }
    // 「…の体制こそが、私が貴社を志望する理由でございます」 names what the sentences just before
    // showed (a prototype, a person's words), even where they do not name the company.
    let shown_before = stated.iter().any(|s| {
        s.back
            && (s.at.saturating_sub(2)..s.at).any(|j| {
                let e = r.evidence(&[j]);
                !formula(r, j) && (e.quote || e.name) && (e.number || e.things >= 3)
            })
    });
    if shown_before {
        return None;
    }
    if candidates.is_empty() {
        let closest = all
            .filter(|&i| {
                !formula(r, i)
                    && r.hits_of(i)
                        .iter()
                        .any(|h| matches!(h.cue, Cue::CompanyWord | Cue::Attraction))
            })
            .max_by_key(|&i| r.evidence(&[i]).score());
        return Some((
            missing_severity(r, Label::SpecificReason),
            None,
            Finding::Missing {
                closest: closest.map(|i| quote(r.text_of(i))),
            },
        ));
    }
    // Quote the generic praise when there is some, else the best candidate.
    let generic = candidates.iter().find_map(|&i| {
        r.sentences[i]
            .hits
            .clone()
            .find(|&k| r.hits[k].cue == Cue::Generic)
            .map(|k| (i, k))
    });
    let (at, phrase) = match generic {
        Some((i, k)) => (i, r.hit_text(k).to_owned()),
        None => {
            let i = candidates
                .iter()
                .copied()
                .max_by_key(|&i| specific(i))
                .unwrap_or(candidates[0]);
            (i, quote(r.text_of(i)))
        }
    };
    Some((Severity::Warning, Some(at), Finding::Generic { phrase }))
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    if let Some((severity, at, finding)) = assess(r) {
        match at {
            Some(i) => sink.at(severity, r.span_of(i), finding),
            None => sink.missing(severity, finding),
        }
    }
}

/// The verdict on a profile's own reasons, read as the letter would read them.
pub fn judge(r: &Reading) -> Option<(Severity, Option<usize>, Finding)> {
    assess(r)
}
