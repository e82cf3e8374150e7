//! Every word list the checker has, in one table: the cues that tell what a sentence does
//! (apologises, accepts, presses…) and the words the writing rules look for (casual words,
//! 二重敬語, ら抜き). Rules never search the text themselves: the letter is scanned once for
//! every cue of its language, and [`super::roles`] turns the hits into each sentence's roles.
//!
//! The lists hold general vocabulary, never a wording of one letter. Patterns use the notation
//! of [`super::phrase`].

use std::ops::Range;

use super::phrase::Pattern;
use crate::text::Lang;

/// What a cue is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cue {
    /// 申し訳, お詫び, sorry, apologise.
    Apology,
    /// ご迷惑をおかけし…: an apology that names trouble caused.
    TroubleCaused,
    /// What a decline disrupts: plans, paperwork, hiring, the recruiter's work.
    Impact,
    /// The sudden contact, the time taken, the selfish request: what other apologies are for.
    Contact,
    /// The phone call an email follows: 本日のお電話, "my call this morning".
    Call,
    /// Declining: 辞退, turned down.
    Decline,
    /// 受け止めます, accept, respect.
    AcceptVerb,
    /// Whatever, even if, どのような.
    Concession,
    /// Decision, answer, 判断, ご回答.
    Decision,
    /// 良いお返事をお待ち…, I look forward to a positive reply.
    HopeForYes,
    /// 撤回, reconsider, take me back.
    Request,
    /// 後悔, 誤り, regret, mistake.
    Regret,
    /// 気づきました, I realised, it hit me.
    Realize,
    /// それを聞いて, "hearing that": the student's answer to what the sentence before told.
    PointsBack,
    /// "I read an article…", 記事を読みました: something the student did, told as it happened.
    OwnAct,
    /// 一つは, 第一に, "the first is": an item of a list a sentence before announced.
    ListItem,
    /// "from Monday to Friday", 月曜から金曜まで: the days of a week, not a day.
    Weekly,
    /// 翌日, 先日, the day after, last week: recent days, after the decline.
    Time,
    /// 10月5日, in July: a date, which may be before the decline.
    Date,
    /// いろいろ考えた結果, やはり, after much thought: feelings with nothing behind them.
    Vague,
    /// 面接, 説明会, 見学, the interview, the tour: what the student saw of the company.
    Selection,
    /// The student's own long past: 中学から, 幼い頃, "as a child", "for ten years".
    LongAgo,
    /// 貴社, 御社, your company.
    CompanyWord,
    /// The company's own name, as the profile or the letter's address block gives it.
    CompanyName,
    /// 内定, the offer, the position: what the letter is about.
    Offer,
    /// People of the company: 〇〇様から伺った, 社員の方, your engineers.
    CompanyPerson,
    /// Another company: the one the student chose instead (その会社, 他社, the other company).
    OtherCompany,
    /// Someone outside the company: a teacher, a parent, a friend (先生, 祖母, my professor).
    Outsider,
    /// ならでは, だけ, only, unique.
    Exclusive,
    /// The student's own statement of why this company: 貴社を志望する理由は, "it has to be your
    /// company because".
    Declared,
    /// 惹かれ, 働きたい, want to work, drawn to.
    Attraction,
    /// Praise that fits any company: 成長できる環境, 社風, great culture.
    Generic,
    /// Coming in person: 伺ってお詫びを, visit your office to explain.
    Visit,
    /// Reaching the recruiter: the call made, their absence (お電話いたしましたが会議中…).
    Reaching,
    /// A deadline or hurry for their answer.
    Deadline,
    /// "If I do not hear from you…": a condition that forces their hand.
    Threat,
    /// Comparison with other candidates.
    Compare,
    /// Emotional leverage: nowhere else to go, counting on you.
    Leverage,
    /// Someone inside the company enlisted: 人事部の○○様も気にかけてくださっていると伺い,
    /// "she may put in a word".
    Lobbying,
    /// A demand: you must, I expect, 必ず…ください.
    Demand,
    /// A promise to repay them (必ずご期待に応えます, "I promise to exceed your
    /// expectations"): pressure when the request is made on the strength of it.
    Promise,
    /// Saying that there is no hurry or demand: "not a reason to answer quickly", お急ぎいただく
    /// 必要はございません. What it disclaims is not pressure (see [`super::roles`]).
    Disclaimer,
    /// Someone else made the student decline.
    Blame,
    /// Giving in to someone else: その言葉に従い, "I couldn't say no to him".
    Yielded,
    /// Choosing or deciding: what blame would be about.
    Chose,
    /// A cause: ため, because, so I.
    Because,
    /// The student owns the decision.
    OwnsIt,
    /// Other offers declined, search ended, will not waver.
    Commitment,
    /// An offer declined (the topic), to be told from the company's own in [`super::roles`].
    OfferDeclined,
    /// 〇〇大学の〇〇と申します, my name is.
    SelfIntro,
    /// ありがとう, thank you.
    Thanks,
    /// お世話になっております, I hope you are well.
    Greeting,
    /// よろしくお願いいたします, 失礼いたします.
    Closing,
    /// Things a reader can picture: places, people, objects, activities.
    Thing,
    /// すみません, !, gonna.
    Casual,
    /// おっしゃられる, 拝見させていただく.
    DoubleKeigo,
    /// 見れる, 来れる.
    RaNuki,
    /// させていただく.
    Sasete,
    /// お待ちさせて, 書かさせて.
    SaseteWrong,
}

impl Cue {
    /// The name `--explain` shows.
    pub fn name(self) -> &'static str {
        match self {
            Cue::Apology => "apology",
            Cue::TroubleCaused => "trouble caused",
            Cue::Impact => "impact on their hiring",
            Cue::Contact => "the contact itself",
            Cue::Call => "the call this email follows",
            Cue::Decline => "the decline",
            Cue::AcceptVerb => "accepting",
            Cue::Concession => "any outcome",
            Cue::Decision => "their decision",
            Cue::HopeForYes => "hope for a yes",
            Cue::Request => "the request",
            Cue::Regret => "regret",
            Cue::Realize => "realising",
            Cue::PointsBack => "answering what came before",
            Cue::OwnAct => "something the student did",
            Cue::ListItem => "an item of a list",
            Cue::Weekly => "the days of a week",
            Cue::Time => "a time",
            Cue::Date => "a date",
            Cue::Vague => "vague",
            Cue::Selection => "the selection process",
            Cue::LongAgo => "the student's long past",
            Cue::CompanyWord => "the company",
            Cue::CompanyName => "the company's name",
            Cue::Offer => "the offer",
            Cue::CompanyPerson => "someone at the company",
            Cue::OtherCompany => "another company",
            Cue::Outsider => "someone outside the company",
            Cue::Exclusive => "only here",
            Cue::Declared => "the reason stated",
            Cue::Attraction => "attraction",
            Cue::Generic => "praise that fits any company",
            Cue::Visit => "coming in person",
            Cue::Reaching => "reaching the recruiter",
            Cue::Deadline => "deadline or hurry",
            Cue::Threat => "condition on their answer",
            Cue::Compare => "comparison with others",
            Cue::Leverage => "emotional leverage",
            Cue::Lobbying => "someone inside enlisted",
            Cue::Promise => "a promise traded for a yes",
            Cue::Demand => "demand",
            Cue::Disclaimer => "no hurry meant",
            Cue::Blame => "blame",
            Cue::Yielded => "giving in to someone",
            Cue::Chose => "the choice",
            Cue::Because => "a cause",
            Cue::OwnsIt => "owning the decision",
            Cue::Commitment => "commitment",
            Cue::OfferDeclined => "an offer declined",
            Cue::SelfIntro => "self-introduction",
            Cue::Thanks => "thanks",
            Cue::Greeting => "greeting",
            Cue::Closing => "closing",
            Cue::Thing => "something to picture",
            Cue::Casual => "casual",
            Cue::DoubleKeigo => "二重敬語",
            Cue::RaNuki => "ら抜き",
            Cue::Sasete => "させていただく",
            Cue::SaseteWrong => "wrong させて form",
        }
    }
}

/// One cue found: which, and where in the searched text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub cue: Cue,
    pub range: Range<usize>,
}

/// Every cue found in `text`, in order of position.
pub fn scan(text: &str, lang: Lang) -> Vec<Hit> {
    scan_for(text, lang, &[])
}

/// The cues of `only` found in `text` (every cue when `only` is empty), in order of position.
pub fn scan_for(text: &str, lang: Lang, only: &[Cue]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (cue, ja, en) in TABLE.iter() {
        if !only.is_empty() && !only.contains(cue) {
            continue;
        }
        let pattern = match lang {
            Lang::Ja => ja,
            Lang::En => en,
        };
        let Some(pattern) = pattern else { continue };
        for range in pattern.find_iter(text) {
            hits.push(Hit { cue: *cue, range });
        }
    }
    hits.sort_by_key(|h| (h.range.start, h.range.end));
    for &(winner, loser) in OUTRANKS {
        let wins: Vec<Range<usize>> = hits
            .iter()
            .filter(|h| h.cue == winner)
            .map(|h| h.range.clone())
            .collect();
        if wins.is_empty() {
            continue;
        }
        hits.retain(|h| {
            h.cue != loser || {
                // The first winner that ends after this hit starts; it overlaps if it starts
                // before this hit ends. Winners are sorted by start and do not overlap.
                let k = wins.partition_point(|w| w.end <= h.range.start);
                wins.get(k).is_none_or(|w| w.start >= h.range.end)
            }
        });
    }
    hits
}

/// Where two cues' hits overlap, the first says what the words mean: "Mr. Kuwata showed me how
/// the head joint is cut" is a memory of the selection, not something the student realised.
const OUTRANKS: &[(Cue, Cue)] = &[
    (Cue::Selection, Cue::Realize),
    // "Please accept my apologies" accepts nothing of theirs.
    (Cue::Apology, Cue::AcceptVerb),
    // "what an analyst does from Monday to Friday" names no day.
    (Cue::Weekly, Cue::Time),
];

/// Every pattern of the table, for tests of the search.
pub fn patterns() -> impl Iterator<Item = &'static Pattern> {
    TABLE
        .iter()
        .flat_map(|(_, ja, en)| [ja.as_ref(), en.as_ref()])
        .flatten()
}

macro_rules! p {
    ($($s:expr),+ $(,)?) => {
        Some(Pattern::new(&[$($s),+]))
    };
}

type Entry = (Cue, Option<Pattern>, Option<Pattern>);

/// Built on first use: the patterns compile themselves lazily, so this costs nothing.
static TABLE: std::sync::LazyLock<Vec<Entry>> = std::sync::LazyLock::new(|| {
    vec![
    (
        Cue::Apology,
        p!(
            "申し訳", "もうしわけ", "詫び", "おわび", "謝罪", "陳謝", "すみません", "すいません", "ごめん",
            "失礼(を|いたしました|致しました|しました|いたしまして|をいたし)", "お許し(ください|下さい|いただ|願)",
            "ご容赦", "心苦し", "(突然|急な|急に|いきなり|夜分|度々|たびたび|重ねて)[^。\n]{0,20}失礼", "面目(ない|ありません|ございません|次第)", "合わせる顔", "恐縮(して|に存じ)"
        ),
        p!(
            r"(?i)\bapologi[sz]", r"(?i)\bapology", r"(?i)\bapologies\b", r"(?i)\baccept (my|our) ([a-z-]+ ){0,2}apologies", r"(?i)\bsorry\b", r"(?i)\bforgive",
            r"(?i)\bregret (the|any|all|causing|having caused|that)\b", r"(?i)\bashamed\b"
        )
    ),
    (
        Cue::TroubleCaused,
        p!(
            "迷惑を(おかけ|お掛け|かけ|お掛|おか)", "ご迷惑(となり|になり|をおかけ)", "(ごめいわく|めいわく|おてま|おてすう|ごふたん)を(おかけ|かけ)", "ご面倒を(おかけ|お掛け|かけ)",
            "お手数を(おかけ|お掛け|かけ)", "ご負担を(おかけ|お掛け|かけ|強い)", "お手を(煩わせ|わずらわせ)",
            "ご苦労を(おかけ|かけ)", "(お仕事|仕事|手間|負担|作業|ご負担|お手間)を増や", "振り回", "混乱を(招|させ)", "手間を(かけ|取らせ|おかけ)",
            // 「ご厚意を無にして」, not 「魚を無駄にしない」.
            "(ご厚意|ご期待|ご尽力|ご配慮|お気持ち|お時間|お力添え|選考|ご好意|お心遣い)(を)?(無|無駄)に(し|して|させ)"
        ),
        p!(
            r"(?i)\b(caused|cost|created|made|gave)[^.]{0,30}(trouble|inconvenience|extra work|more work|additional work|disruption|difficult|problems|confusion|headache)",
            r"(?i)(trouble|inconvenience|disruption|extra work|confusion)[^.]{0,20}\b(I|my decline|my decision|my withdrawal|this) (caused|created|brought)"
        )
    ),
    (
        Cue::Impact,
        p!(
            "迷惑", "負担", "手間", "手数", "煩わ", "調整", "手続", "準備", "段取り", "予定", "計画", "めいわく", "おてま", "さいようの",
            "採用活動", "採用計画", "採用枠", "採用人数", "人員", "人数", "欠員", "補充", "募集", "配属",
            "ご報告", "社内", "関係者", "関係部署", "選考", "内定者", "混乱", "支障", "影響", "無駄",
            "余計な", "別の(方|学生|候補)", "ほかの(方|学生|候補)", "他の(方|学生|候補|内定者)", "次点",
            "繰り上げ", "白紙", "やり直", "お骨折り", "ご尽力", "手配", "書類", "研修", "受け入れ(の)?(準備|体制)",
            "(枠|席|ポスト|定員)(を|に)(空け|空き|穴)",
            "ご不便", "お騒がせ", "応募者", "候補者", "組み直", "割り振り", "練り直", "立て直", "(ご用意|ご準備|確保)(いただ|して|くださ)", "ご対応", "ご配慮", "お気遣い", "振り回", "ご心労", "気を(もませ|揉ませ)"
        ),
        p!(
            r"(?i)\btrouble", r"(?i)inconvenien", r"(?i)disrupt", r"(?i)\bhiring\b", r"(?i)extra (work|effort|steps)",
            r"(?i)\b(your|the) (plans|planning|team|process|schedule|headcount|intake|cohort|arrangements|paperwork|preparations)\b",
            r"(?i)\brecruit", r"(?i)\bpaperwork\b", r"(?i)\bre-?(arrange|adjust|plan|schedul)",
            // "reopen recruiting", "reopened a place" (not "your crews reopened the line").
            r"(?i)\bre-?(open|start)(ed|ing|s)? (the |a |an |your |its )?(recruit|hiring|search|position|place|post|selection|process|vacancy|vacancies|role|opening)", r"(?i)\bundo\b",
            r"(?i)\bplacement", r"(?i)\bonboarding\b", r"(?i)\bheadcount\b", r"(?i)\bbackfill", r"(?i)\breplacement\b",
            r"(?i)\bother candidates?\b", r"(?i)\bwasted\b", r"(?i)\bplans\b", r"(?i)\brevisit", r"(?i)\bobliged you", r"(?i)\bburden", r"(?i)\bhassle\b", r"(?i)\bheadaches?\b",
            r"(?i)\bextra\b", r"(?i)\bupset\b", r"(?i)\bchanges? to\b", r"(?i)\bscramble",
            r"(?i)\bapplicants?\b", r"(?i)\bcandidates?\b", r"(?i)\b(place|position|seat|slot|spot|role) (that )?you (had )?(prepared|kept|held|reserved|set aside|saved)",
            r"(?i)\badd(ed|ing)? (that |this |the |so much |more |extra )?(work|burden|effort|tasks?)\b"
        )
    ),
    (
        Cue::Contact,
        p!(
            "突然", "急な", "急に", "いきなり", "夜分", "メール(で|にて)の(ご連絡|失礼|お願い)",
            "お時間(を|をいただ|をいただき|を割|を取ら|をとら|を頂)", "お忙しいところ", "ご多忙", "私事",
            "このような(お願い|ご連絡|メール|お電話)", "身勝手な(お願い|ご相談)", "勝手な(お願い|ご相談)", "虫のいい", "厚かましい",
            "重ねての(ご連絡|お願い)", "度々", "たびたび", "改めてのご連絡",
            // 長文となり、お読みいただくお手間をおかけしました: the letter's own length.
            "長文", "長い(メール|文面|文章|お手紙)", "(お読みいただ|読んでいただ)[^。\n]{0,6}(手間|お時間)"
        ),
        p!(
            r"(?i)out of the blue", r"(?i)\bsudden", r"(?i)\bunexpected", r"(?i)\bcontacting you\b",
            r"(?i)\b(taking|take|took) (up )?(your|so much of your) time", r"(?i)\bthis (email|message|call|request)\b",
            r"(?i)\b(calling|writing to you|emailing)\b", r"(?i)\bbother(ing)?\b", r"(?i)\bintrud"
        )
    ),
    (
        Cue::Call,
        p!("(本日|今朝|先ほど|先程|昨日|午前|午後)(の)?(お|ご)?電話", "お電話(の件|にて|で)", "(お|ご)電話(の|での)(お礼|御礼|ご相談)"),
        p!(r"(?i)\b(my|our|the|today's|this morning's|this afternoon's) (phone )?(call|conversation)\b", r"(?i)\bwe (spoke|talked)\b")
    ),
    (
        Cue::Decline,
        p!("辞退", "お断り", "断っ", "断り", "断わ", "内定を(お返し|返上|お返)"),
        p!(r"(?i)\bdeclin", r"(?i)turn(ed|ing)? down", r"(?i)\bturn(ed|ing)? (it|your offer|the offer|you) down", r"(?i)\bsaid no\b", r"(?i)\bwithdrew\b", r"(?i)\brefus")
    ),
    (
        Cue::AcceptVerb,
        p!(
            "受け止め", "受けとめ", "うけとめ", "受容(いたし|し|する)", "うけいれます", "受け入れ(ます|る|いたし|させていただ|る覚悟|ます所存|てまいり|て参り|ており)", "受入れ(ます|る|いたし)",
            "従(い|う|わせ)", "お受け(いたし|し|致し|する|します)", "承ります", "承る", "受け取(り|ります|る|らせ)", "尊重", "異存", "異論", "納得(いたし|し|でき|の上)", "覚悟(して|を|は|いたし|の上|でおり)",
            "承服", "甘んじ", "潔く", "異議", "(お答え|答え|ご判断|結論|お返事)(を|が)?(いただけた|いただいた|頂いた|頂けた)こと(自体|そのもの)?に感謝", "区切りをつけ", "(これ以上|重ねて|再び|二度と)[^。\n]{0,12}(お願い|申し上げ|言葉を重ね|お電話|ご連絡)[^。\n]{0,6}(いたしません|しません|ございません|いたさない)", "諦め", "あきらめ", "仕方(が|の)?(ない|ありません|ございません)", "やむを得",
            "致し方", "文句", "不満(は|も|など)", "恨み", "構いません", "心して", "お任せ(いたし|します|し)",
            "委ね", "ゆだね", "承知(いたしました|しました|いたします|の上)",
            // お決めになるのは貴社です: the decision named as theirs.
            "(お決めになる|お決めいただく|ご判断なさる|ご判断される|決められる)のは(貴社|御社|皆様|皆さま)"
        ),
        p!(
            r"(?i)\baccept\b", r"(?i)\baccepting\b", r"(?i)\brespect\b", r"(?i)\bunderstand\b", r"(?i)\babide",
            r"(?i)\bcome to terms", r"(?i)\bat peace\b", r"(?i)\bmake peace\b", r"(?i)\bwithout (complaint|argument|question|appeal|protest|objection)", r"(?i)\btake [^.]{0,30}\bas (the |your )?final\b",
            r"(?i)\b(fully|completely) (understand|respect|accept)", r"(?i)\bleave (it|the decision|that) (to|entirely|with)",
            r"(?i)\b(is|rests|lies) (entirely |completely |wholly )?(yours|with you|in your hands)", r"(?i)\btake no for an answer",
            r"(?i)\bgracefully\b", r"(?i)\bfollow (your|the) decision", r"(?i)\btake (your|the) (answer|decision|reply) as final", r"(?i)\btake (it|that|this|a no|no|your answer|the answer) as (a |the |your |my )?(fair |final |clear |honest )?(answer|ending|end|decision|result|word)\b", r"(?i)\bno arguing\b",
            r"(?i)\b(not|never|won't|will not) bring (it|this|that|the matter|this matter) up again\b", r"(?i)\b(not|never|won't|will not) bring up (it|this|that|the matter|this matter) again\b", r"(?i)\breceive (it|your answer|the answer|your decision|the decision) (with thanks|gratefully|graciously|as it is)\b", r"(?i)\bnot (ask|press) (you )?(a second time|twice)\b", r"(?i)\btake (that|the|your|this|any) (answer|reply|no)\b",
            r"(?i)\b(not|never|won't|will not|shall not) (ask|press|push|trouble you|bother you|contact you|write|call) (you )?again\b", r"(?i)\b(not|never|won't|will not|shall not) (argue|dispute|contest|quarrel|protest)\b", r"(?i)\b(go|abide) (along )?with (your|the) decision", r"(?i)\b(be|am|I'm) (fine|okay|ok|at peace) with"
        )
    ),
    (
        Cue::Concession,
        p!(
            "どのような", "どんな", "いかなる", "如何なる", "いずれの", "どちらの", "どう(であれ|なろうと|あれ|なっても|であろうと)",
            "(であって|だとして|となって|になって|とされて|であろうと|だったとして|としま)も", "としても", "にかかわらず", "に関わらず", "如何(に|を)(かかわらず|関わらず|問わず)", "に拘らず", "関係なく",
            "難し(い|く)", "叶(わ|い)ない", "かなわない", "だめ", "ダメ", "無理", "お断り(を|され|いただ|の|となっ)", "不可能",
            "見送", "残念な", "応じ(られ|かね)", "認められ(ない|なかっ|ず)", "ご期待に(沿え|添え)", "いずれにしても", "いずれにせよ",
            "何であれ", "結果(が|は)?(どう|いかが)", "否(という|と|の)", "「否」", "埋まって", "決まって(しま|いる|おり)"
        ),
        p!(
            r"(?i)\bwhatever\b", r"(?i)\bwhichever\b", r"(?i)\beven if\b", r"(?i)\bregardless\b", r"(?i)\bno matter\b",
            r"(?i)\bif (the|your) answer is no\b", r"(?i)\bif (it|this) (is not|isn't|turns out not to be) possible",
            r"(?i)\b(has|have|may have|might have|is|was) (already )?(been )?filled\b", r"(?i)\bif you (cannot|can't|decide not|are unable|decide)\b", r"(?i)\bcannot reconsider", r"(?i)\bif (it|that) (can't|cannot)",
            r"(?i)\b(either way|in any case|whatever happens|whatever you decide|whatever the outcome)", r"(?i)\bnot (be )?possible\b",
            r"(?i)\bthe answer is no\b", r"(?i)\bwhether (it is|it's) yes or no\b", r"(?i)\bif not\b", r"(?i)\bif no\b", r"(?i)\b(is|be) a no\b", r"(?i)\ba no (I|would|will|is|from you)\b", r"(?i)\ba (plain|simple|clear|firm|straight) no\b", r"(?i)\bif the door (has|is) (closed|shut)\b", r"(?i)\bmoved on\b", r"(?i)\bno longer (be )?(open|available|possible)\b", r"(?i)\bif (it|that|this) is not\b"
        )
    ),
    (
        Cue::Decision,
        p!(
            "判断", "決定", "結論", "結果", "お返事", "ご返事", "ご回答", "回答", "ご返答", "お答え", "お考え", "決断",
            "ご意向", "方針", "お気持ち", "お沙汰", "お決め"
        ),
        p!(r"(?i)\bdecision", r"(?i)\banswer\b", r"(?i)\boutcome\b", r"(?i)\bverdict\b", r"(?i)\bresponse\b", r"(?i)\bdecide\b", r"(?i)\bconclusion\b", r"(?i)\bchoice\b", r"(?i)\bfinal word\b")
    ),
    (
        Cue::HopeForYes,
        p!(
            "(良い|よい|善い|前向きな|色よい|嬉しい|うれしい|明るい)(お返事|ご返事|ご回答|ご連絡|お知らせ|結果|ご判断)",
            "(お返事|ご連絡|ご回答)(を)?(お待ち|心待ち)"
        ),
        p!(
            r"(?i)look(ing)? forward to (hearing|your|a)", r"(?i)\bhope to hear", r"(?i)\b(positive|favorable|favourable|good) (reply|response|answer|news|outcome|decision)"
        )
    ),
    (
        Cue::Request,
        p!(
            "撤回", "取り消", "取消", "再考", "ご検討", "検討していただ", "考え直していただ", "もう一度", "再度", "改めて(ご検討|機会|選考|面接)",
            "受け入れていただ", "受け入れてくださ", "入社させていただ", "働かせていただ", "迎え入れ", "機会を(いただ|頂|与え|ください)",
            "チャンスを", "内定を(いただ|頂|戻|復活|再び|もう)", "復帰", "(可能|叶う|叶い|許され|認められ)(る|ます)?(でしょうか|ませんでしょうか)",
            "いただけ(ない|ません)でしょうか", "いただけませんか", "いただくことは", "お許し(いただ|願)", "ご相談(したく|させて|がござい|があり|いたしたく)",
            "お願い(申し上げたく|したく|いたしたく)"
        ),
        p!(
            r"(?i)reconsider", r"(?i)\bwithdraw(ing|al of)? (my|the|that|this)", r"(?i)\b(any|a|some) possibility (of|that)\b", r"(?i)\b(reverse|undo|rescind|retract) (my|the|that)", r"(?i)would you (consider|be willing|allow)",
            r"(?i)\breinstat", r"(?i)accept (the|your) offer", r"(?i)take me back", r"(?i)\b(another|second|one more|one last) chance", r"(?i)\bone more opportunity", r"(?i)\bstill (be )?(possible|open|available)",
            r"(?i)\bif I (may|could|might) (still )?(join|accept|come)", r"(?i)\bwhether (I|it) (may|might|could|would be possible)",
            r"(?i)\bask(ing)? (you |whether|if)", r"(?i)\bre-?(open|offer|extend) (my|the|that|this|your|an|a|it|me)\b", r"(?i)\bback on (the|board)", r"(?i)\brejoin", r"(?i)\bwelcome me",
            r"(?i)\bconsider(ed|ing)? (me )?(again|once more)\b",
            r"(?i)\bconsider(ed|ing)? (me )?for ([a-z-]+ ){0,4}(again|once more)\b"
        )
    ),
    (
        Cue::Regret,
        p!(
            "後悔", "悔や", "悔い", "悔し", "未練", "間違(い|っ|え)", "誤り", "誤っ", "過ち", "浅はか", "軽率", "早まっ", "早計",
            "判断(が|を|の)?(甘|浅|誤|間違|軽)", "安易", "見誤", "見失", "手放", "逃し", "惜し", "心残り", "思い直", "考え直し(ました|ており|ていま|て、)",
            "反省", "愚か", "取り返し", "ふさわしくない選択", "身勝手な(判断|決断)"
        ),
        p!(
            r"(?i)\bregret", r"(?i)\bmistake", r"(?i)\bwrong (decision|choice|call)", r"(?i)second thoughts", r"(?i)changed my mind",
            r"(?i)\bhasty\b", r"(?i)\btoo (quickly|fast|hastily)\b", r"(?i)\bmisjudg", r"(?i)\bwalked away", r"(?i)\bgave up\b", r"(?i)\bthrew away",
            r"(?i)\bshould (not|never) have", r"(?i)\bshouldn't have"
        )
    ),
    (
        Cue::Realize,
        p!(
            "気(づ|付)", "気が(つ|付)", "分かり(まし|ます)", "わかり(まし|ます)", "分かっ", "わかっ", "知り(まし|ます)", "知っ", "悟",
            "痛感", "実感", "思い知", "理解(し|でき|いたし)", "腑に落ち", "目が覚め", "はっと", "ハッと", "確信", "再認識",
            "改めて(感じ|思い|考え|気|実感)", "思い出", "思い返", "思い至", "見えてき", "自覚", "身に(しみ|染み)",
            "忘れられ", "頭から離れ", "頭を離れ", "胸に(刺さ|響)", "心に(残|響)", "はっきり(と)?(し|分か|わか)", "明確にな",
            "(と|ように)(感じ|思い)(まし|ます)", "と、(はっきり|強く|心から)(と)?(感じ|思い)(まし|ます)"
        ),
        p!(
            r"(?i)\breali[sz]", r"(?i)\bunderstood\b", r"(?i)\bnow understand",
            // "I couldn't picture it. Now I can: …": then and now set side by side.
            r"(?i)\bnow I (can|do|see|know|understand)(:|,)", r"(?i)\bnow I (see|know) (that|what|why|how)\b", r"(?i)\bit (hit|struck) me", r"(?i)\bdawned",
            r"(?i)\bI (saw|knew|felt|noticed|recognized|recognised|learned|learnt|remembered|discovered)\b", r"(?i)\bmade me (see|realize|realise|understand|think)",
            r"(?i)\bshowed me", r"(?i)\bI (have |had )?(came|come) to (see|understand|realize|realise)", r"(?i)\bkept (thinking|coming back)", r"(?i)\bcould(n't| not) stop thinking",
            r"(?i)\bit became clear", r"(?i)\bthat was when", r"(?i)\bthat is (the|what|exactly)", r"(?i)\bthat's (the|what|exactly)", r"(?i)\bwhat I (really|truly) want"
        )
    ),
    (
        Cue::PointsBack,
        p!("(それ|その話|そのお話|その言葉|そのこと|その姿)を(聞いて|伺って|読んで|見て)"),
        p!(r"(?i)\b(hearing|seeing|reading) (that|this|it|her|him|them)\b")
    ),
    (
        Cue::ListItem,
        p!("(一つ|ひとつ)(目)?は", "第一(に|は)", "一点目は"),
        p!(r"(?i)\bthe first (one )?is\b", r"(?i)\bone is\b", r"(?i)\bfirst(ly)?,")
    ),
    (
        Cue::Weekly,
        // From the first 曜 on: a pattern is searched for by its first characters, and 曜 is
        // rarer than the day's.
        p!("曜(日)?(から|〜|～|-|－)(月|火|水|木|金|土|日)曜"),
        p!(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (to|through|till|until|-) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
    ),
    (
        Cue::OwnAct,
        p!("(読み|見|聞き|訪ね|訪れ|手伝い|会い|話し|出会い|見かけ)ました"),
        p!(r"(?i)\bI (read|watched|heard|visited|attended|met|spoke|talked|went|helped|listened|joined|volunteered|walked|ran into|came across)\b")
    ),
    (
        Cue::Time,
        p!(
            "翌日", "翌朝", "翌週", "翌々日", "当日", "先日", "昨日", "一昨日", "先週", "今週", "週末", "その夜", "その晩",
            "その日", "その後", "同日", "今朝", "帰り道", "帰りの", "以来", "後日", "それから", "数日後", "(二|三|四|五|2|3|4|5|２|３|４|５)日(後|経|たっ)",
            "(月|火|水|木|金|土|日)曜", "辞退(を|の)?[^。\n]{0,12}(後|あと|翌|以来|直後|週末|夜|晩|日の|次の|その日|当日)", "辞退してから", "辞退[^。\n]{0,12}(してから|して以来)", "(数|二|三|四|五|2|3|4|5|２|３|４|５)日前", "この(間|前|あいだ)", "ある日",
            "帰省", "先月", "ところが", "辞退(したこと|を|の件を|について)[^。\n]{0,20}(話し|伝え|相談|報告)(たところ|ましたら|たら|た時|たとき|ると|た際)"
        ),
        p!(
            r"(?i)the (day|week|morning|evening|night|afternoon|weekend) (after|before)", r"(?i)the next (day|morning|week|evening)", r"(?i)\byesterday\b",
            r"(?i)\blast (week|month|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)",
            r"(?i)\b(a|one|two|three|four|five|six|a few|several) (days|nights|evenings|mornings|weeks) later\b", r"(?i)\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
            r"(?i)\bthat (evening|night|afternoon|morning|day|weekend)", r"(?i)\b(a|two|three|four|few|couple of) days (later|after)", r"(?i)\bsince (then|declining|I declined)",
            r"(?i)\bafter (I )?(declin|turn|said no|sent)", r"(?i)\bafter I had (already )?(declined|said no|turned)", r"(?i)\b(days|a week|weeks) ago\b", r"(?i)\bafter (the|my) (decline|declining|call|email|decision)", r"(?i)\b(after|since) (that|this) (call|phone call|email|letter|conversation|decision)\b", r"(?i)\bthis (week|weekend|morning)", r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            r"(?i)\bwhen I (went|visited|was|got|saw|met|read|heard|helped|told|talked|mentioned|showed|called)\b", r"(?i)\bafter (telling|talking|hearing|reading|visiting)", r"(?i)\bwhile I (was|helped|visited)\b", r"(?i)\bthe other (day|night|week)", r"(?i)\b(over|at|on) the weekend\b", r"(?i)\bthat weekend\b", r"(?i)\bthis past\b"
        )
    ),
    (
        Cue::Date,
        p!(
            "(1|2|3|4|5|6|7|8|9|10|11|12|１|２|３|４|５|６|７|８|９|１０|１１|１２)月(1|2|3|4|5|6|7|8|9|１|２|３|４|５|６|７|８|９)",
            "(一|二|三|四|五|六|七|八|九|十)月(一|二|三|四|五|六|七|八|九|十)",
            "(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|１|２|３|４|５|６|７|８|９)日(に|の(朝|昼|夜|夕方|午前|午後|晩))",
            // 二十二日、 / 十九日に: a day in kanji.
            "(十|二十|三十)(一|二|三|四|五|六|七|八|九)?日(、|に|の(朝|昼|夜|夕方|午前|午後|晩))"
        ),
        p!(r"(?i)\b(january|february|march|april|june|july|august|september|october|november|december)\b")
    ),
    (
        Cue::Vague,
        p!(
            "(いろいろ|色々|様々|さまざま|じっくり|冷静に|改めて|よく|深く|真剣に|自分なりに|一晩|何度も|悩みに悩|繰り返し)(と)?(考え|悩|検討|振り返|見つめ直|熟考)",
            "熟考", "熟慮", "考え(た|抜いた|直した|続けた)(結果|末)", "悩(んだ|み抜いた|みに悩んだ)(結果|末)", "やはり", "やっぱり", "なんとなく",
            "何となく", "気持ちが(変わ|強く|大きく|抑えられ|募)", "思いが(強く|募|大きく|日に日に|抑えられ)", "日に日に", "諸事情", "一身上",
            "心境の変化", "自分の(気持ち|心)(に|と)(正直|向き合)", "本当の気持ち", "本心", "時間が経つにつれ", "時間がたつにつれ",
            "自問", "(考え|悩み|迷い)続け", "頭から離れ",
            // 業界についてあらためて調べたり、周りの人と話したりしました: reading up and talking it
            // over, with no one scene.
            "(業界|業種|仕事|職種)(について|のこと(を)?)[^。\n]{0,6}(調べ(たり|直し|直)|情報を集め)", "(周り|周囲|まわり)(の人|の方|の人たち|の方々|のみんな)(と|に)[^。\n]{0,6}(話し|相談し)(たり|合)",
            // 眠れておりません, 涙が出て, 食事ものどを通らない: distress, nothing to picture.
            // 五年後の自分を両方の会社で思い浮かべ: a future imagined, nothing that happened.
            "(自分|自身|将来|年後)[^。\n]{0,12}(思い浮かべ|思い描|想像し)",
            "眠れ(ず|ない|ません|ておりません|ていません|なかった|ませんでした|ぬ)", "寝付け(ず|ない|なかった)", "涙が(出|こぼれ|止まら|あふれ)", "(喉|のど)を通ら", "日を(重ねる|追う)(ごと|につれ)", "日が(経つ|たつ)(につれ|ほど|ごと)", "時間が(経つ|たつ)ほど"
        ),
        p!(
            r"(?i)after (careful|much|long|a lot of|further|some|serious|deep|more) (consideration|thought|reflection|thinking|soul-searching)",
            r"(?i)after thinking (it over|a lot|about it|carefully|hard)", r"(?i)(up)?on (further )?reflection", r"(?i)\bhad time to (reflect|think)",
            r"(?i)\bfor personal reasons", r"(?i)a change of heart",
            // "learning more about the industry and talking with the people around me".
            r"(?i)\b(learning|learned|learnt|reading up on|researching|researched|looking into|looked into|found out) more about (the|this|my|our) (industry|field|sector)\b", r"(?i)\btalk(ing|ed)? (it |things )?(over )?with (the )?(people|those|everyone) (around|close to) me\b", r"(?i)\bthe more I thought", r"(?i)\bmy feelings? (grew|got|became|has grown|have grown)",
            r"(?i)\bgrew stronger", r"(?i)\b(couldn't|could not|can't|cannot|barely|hardly) (sleep|slept|eat|ate)\b", r"(?i)\bsleepless\b", r"(?i)\b(imagin|pictur)(e|ed|ing) (myself|my (future|life|career))\b", r"(?i)\b(cried|crying|in tears)\b", r"(?i)\bsomething (felt|didn't feel) (off|right|wrong)", r"(?i)\bdeep down\b", r"(?i)\bmy heart\b", r"(?i)\bgut feeling",
            r"(?i)\b(could not|couldn't|can't|cannot) stop thinking", r"(?i)\b(done|did) (a lot of|much|some|a great deal of) (thinking|reflecting|reflection|soul-searching)",
            r"(?i)\b(thought|reflected) (about|on) (it|this|that|my (choice|decision|decline))( very)? (a lot|a great deal|many times|carefully|again|every day|deeply|seriously|hard|at length|over and over|constantly|day and night|repeatedly|endlessly)",
            r"(?i)\bkept (thinking|going over|turning)( it| this| that)?( over)?", r"(?i)\bspent (a lot of|much|so much|a great deal of|a long) time (reflecting|thinking|going over)", r"(?i)\bthought (it|this|that) (over|through)\b", r"(?i)\breconsidered (that|my|the) (reasoning|decision|choice)", r"(?i)\bwith (considerable|great|much) care\b", r"(?i)\bat (great |some )?length\b", r"(?i)\b(reflected|pondered)( deeply| long| carefully)? (up)?on (it|this|that|my)",
            r"(?i)\bspent (many|several|a few|some|the last few) days (reflecting|thinking)", r"(?i)\b(thought|reflected|reflecting|thinking) (very |long and )?(deeply|hard|carefully|seriously|a lot|at length)\b", r"(?i)\bthe more I (reflected|considered)",
            r"(?i)\b(gone|went|going|go) (back )?over (it|this|that|my (decision|choice|decline))", r"(?i)\bagain and again\b", r"(?i)\bover and over\b",
            r"(?i)\b(each|every) (morning|night|day|evening) (the|this|that|my) (feeling|regret|thought|sense)"
        )
    ),
    (
        Cue::Selection,
        p!(
            "面接", "選考", "説明会", "座談会", "見学", "インターン", "OB訪問", "OG訪問", "面談(で|の際|の時|のとき|にて|では)", "(との|人事|最終|個別|社員|採用|内定者|担当者)面談",
            "お話し(くださ|下さ|いただ|頂)(った|いた|き|いまし)", "会社訪問", "職場体験",
            "内定者(研修|懇談|面談|交流|懇親)", "社員(の方)?との(懇談|交流|面談)", "リクルーター", "ツアー", "体験会", "セミナー", "伺った", "拝見",
            "伺い", "おっしゃ", "(教えて|見せて|案内して|説明して|話して)(いただ|頂)(いた|き)", "(教えて|見せて|案内して|説明して|話して)(くださ|下さ)(った|いまし)", "ご案内(いただ|頂|くださ)(いた|き|った|いまし)"
        ),
        p!(
            r"(?i)\b(my|the|final|first|second|third|last|your|an|job|group|online|panel|hr|in-person|one-on-one) interview", r"(?i)\binterviewer", r"(?i)\binterviews\b", r"(?i)\binterview(ed|ing) me\b", r"(?i)\b(site|office|factory|plant|depot|lab|store|studio|warehouse|farm|brewery|hospital|mill) (tour|visit)", r"(?i)\btour\b",
            r"(?i)\binternship", r"(?i)\binfo(rmation)? session", r"(?i)\bcareer (fair|event)", r"(?i)\bopen (day|house)", r"(?i)\bselection\b",
            r"(?i)\byou (told|showed|explained|said|mentioned)", r"(?i)\bI (met|visited|saw) your", r"(?i)\bwhen I (visited|interviewed)",
            r"(?i)\b(product|recruiting|company|job|career|corporate|info|information|case-study|case study) (seminar|briefing|presentation|event|fair|workshop)", r"(?i)\bduring (the|your|a) [^.]{0,20}(seminar|workshop)", r"(?i)\bbriefing session",
            r"(?i)\bduring (my|the) (interview|internship|selection|visit|tour)", r"(?i)\b(mr|ms|mrs|dr)\.? [^.]{0,16}(told|showed|explained|described|said|mentioned|walked)",
            r"(?i)\bshowed (me|us) (around|how|the)"
        )
    ),
    (
        Cue::CompanyWord,
        p!(
            "貴社", "御社", "貴行", "御行", "貴院", "御院", "貴校", "御校", "貴園", "御園", "貴庫", "御庫", "貴会", "御会", "貴所",
            "貴店", "御店", "貴法人", "御法人", "貴団体", "御団体", "貴組合", "御組合", "貴グループ", "御グループ", "貴局", "御局",
            // A script written in kana for reading aloud: おんしゃの さいようの よていを…
            "おんしゃ"
        ),
        p!(r"(?i)\byour\b")
    ),
    (
        Cue::Offer,
        p!("内定", "採用", "入社"),
        p!(r"(?i)\boffer", r"(?i)\bposition\b", r"(?i)\brole\b", r"(?i)\bjob\b")
    ),
    (
        Cue::CompanyPerson,
        p!(
            "様(から|が|に|の|は|と|も)", "社員の方", "先輩社員", "担当の方", "人事の方", "(貴社|御社|貴行|御行|貴院|御院|貴庫|御庫)の[^。\n]{0,8}(方|皆様|社員|職員|先輩)"
        ),
        p!(
            r"(?i)\b(mr|ms|mrs|dr)\.? ", r"(?i)\byour (engineers?|staff|employees|team members?|recruiters?|designers?|drivers?|adjusters?|editors?|people|colleagues|managers?)",
            r"(?i)\bone of your", r"(?i)\b(an|one) (engineer|employee|staff member|designer|manager) (from|at|of)"
        )
    ),
    (
        Cue::Outsider,
        p!(
            "先生", "教授", "顧問", "監督", "コーチ", "店主", "ご主人", "祖父", "祖母", "父", "母が", "母は", "母に", "母から", "母の",
            "兄", "姉", "友人", "友達", "後輩", "叔父", "叔母", "伯父", "伯母", "おじ", "おば", "女性", "男性", "お客様", "患者",
            "住民", "利用者", "おばあさん", "おじいさん", "近所", "キャリアセンター", "キャリア支援", "就職課", "就職支援課", "相談員", "カウンセラー"
        ),
        p!(
            r"(?i)\b(my|our) (professor|teacher|supervisor|advisor|adviser|father|mother|dad|mom|mum|parents|grandfather|grandmother|grandma|grandpa|brother|sister|friend|uncle|aunt|coach|senpai|neighbou?r)",
            // "my seminar professor", "my club senior", "our careers adviser".
            r"(?i)\b(my|our) (seminar|thesis|lab|club|careers|career|former|old|academic|university|faculty) (professor|teacher|supervisor|advisor|adviser|senior|coach|counsellor|counselor|manager|boss|friend)",
            // "A friend who interned at another maker told me…".
            r"(?i)\b(friend|senior|classmate|relative|cousin|neighbou?r) (of mine )?(who|from|at|in)\b",
            // "Mr. Naing, who graduated from my lab", "an alumnus of my seminar".
            r"(?i)\b(graduated|graduate|alumnus|alumna|alum) (from|of) (my|our)\b", r"(?i)\b(alumnus|alumna|alumni)\b"
        )
    ),
    (
        Cue::OtherCompany,
        p!(
            "その会社", "他社", "もう一社", "先方", "内定先", "別の会社", "ほかの会社", "他の会社", "他の企業", "ほかの企業", "先に内定をいただいた",
            "承諾した会社", "大手", "メーカーの", "あちらの", "(入社|就職)(予定|する予定)(だった|の)(会社|企業)", "(就職|入社)先", "(研修|承諾)先の(会社|企業)"
        ),
        p!(
            r"(?i)\bthe other (company|firm|employer|offer)", r"(?i)\bthat (company|firm|employer)", r"(?i)\banother (company|firm|employer)",
            r"(?i)\b(bigger|larger|well-known|major) (company|firm|employer|manufacturer|maker)"
        )
    ),
    (
        Cue::Exclusive,
        p!(
            "ならでは", "唯一",
            // だけ after what only the company has (貴社だけ, この工場だけが); not いただけ, 見ただけ.
            "(社|ここ|そこ|こちら|会社|企業|法人|工場|現場|場所|製品|技術|仕組み|取り組み|おんしゃ)だけ", "だけが", "しか(ない|ありません|ございません|なく|見つから|出会え|でき)", "(ほか|他)(に|には|では|の会社には|の企業には|社には|社では)[^。\n]{0,10}(ない|ありません|ございません|見当たら|出会え|見つから|でき)",
            "他社(には|では|にはない|にない)", "独自", "固有", "特有", "自社(開発|製|工場|の)", "(一|1)社だけ", "ここにしか", "ほかでは"
        ),
        p!(
            r"(?i)\bonly\b", r"(?i)\bunique", r"(?i)nowhere else", r"(?i)\bno other\b", r"(?i)unlike (any|anything|other)", r"(?i)\bdistinct",
            r"(?i)\bin-house\b", r"(?i)\byour own\b", r"(?i)\bexactly\b", r"(?i)\bspecifically\b",
            r"(?i)\b(have not|haven't|never|did not|didn't) (found|seen|met|heard of|come across|find|see|meet) (any |an)?other\b", r"(?i)\banywhere else\b"
        )
    ),
    (
        Cue::LongAgo,
        p!(
            "(小学校|中学校|小学|中学|高校|幼稚園|保育園|部活)(の|から|以来|時代|生|のころ|の頃|で|に)", "(で|に)(生まれ)?育(った|ち)", "(幼い|小さい|子ども|子供|こども|幼少)(の)?(頃|ころ|時|とき|期)", "物心", "昔から",
            "(3|4|5|6|7|8|9|10|12|15|20|３|４|５|６|７|８|９|１０|三|四|五|六|七|八|九|十|十数|何)年(間|来)(、|続け|ずっと|通|使)"
        ),
        p!(
            r"(?i)\bas a (child|kid|boy|girl|teenager|teen)\b", r"(?i)\bsince (I was|childhood|my childhood|high school|middle school|primary school|elementary school|junior high)\b",
            r"(?i)\bwhen I was (a child|a kid|little|young|small|a teenager|eight|nine|ten|eleven|twelve|in (high|middle|primary|elementary|junior high) school)\b", r"(?i)\bgrowing up\b", r"(?i)\bI grew up\b",
            r"(?i)\bin (high|middle|primary|elementary|junior high) school\b", r"(?i)\bfor (the past )?(3|4|5|6|7|8|9|10|12|15|three|four|five|six|seven|eight|nine|ten|twelve|fifteen) years\b"
        )
    ),
    (
        Cue::Declared,
        p!(
            "志望(する|いたす|した|いたした)?(理由|動機)", "志望(いたします|する|した|いたしました)のは", "(御社|貴社)(を|で)(選んだ|選ぶ|志望する|希望する)(理由|のは)",
            "(御社|貴社)でなければ", "(御社|貴社)で(働きたい|なければならない)(理由|のは)", "働きたいと(思う|考える|願う)(理由|のは)"
        ),
        p!(
            r"(?i)\b(drawn|attracted) to [^.]{0,40}\bbecause\b", r"(?i)\bthe reason I (want|chose|applied|wish|hope)", r"(?i)\bit has to be (you|your)",
            r"(?i)\bwhy (I want to join|it (has|must) to be|your company)\b", r"(?i)\b(want|wish|hope) to (join|work (at|for|with)) [^.]{0,40}\bbecause\b",
            r"(?i)\bwhat draws me to\b"
        )
    ),
    (
        Cue::Attraction,
        p!(
            "惹かれ", "ひかれ", "魅力", "働きたい", "入社したい", "志望", "理由", "したい", "関わりたい", "携わりたい", "憧れ", "あこがれ",
            "共感", "感銘", "感動", "心を(動かされ|打たれ)", "目指", "選んだ", "選び", "好き", "望ん", "貢献したい", "役に立ちたい", "学びたい",
            "挑戦したい", "続けたい", "求めていた", "やりたい", "叶えられる", "活かせる", "生かせる", "できる"
        ),
        p!(
            r"(?i)\bwant(ed)? to\b", r"(?i)\bdrawn\b", r"(?i)\battract", r"(?i)\blove\b", r"(?i)\badmire", r"(?i)\binspir", r"(?i)\bhope to\b",
            r"(?i)\bwould like to\b", r"(?i)\bthe reason\b", r"(?i)\bwhy I\b", r"(?i)\bexcite", r"(?i)\bpassion", r"(?i)\bbelong", r"(?i)\bcan (do|build|learn|grow|work)",
            r"(?i)\bwhere I (can|could|want)", r"(?i)\bthe (kind|sort) of\b", r"(?i)\bwork (I|that I)"
        )
    ),
    (
        Cue::Generic,
        p!(
            "成長(でき|し|の機会|する機会|できる環境|環境)", "風通し(の|が)(良|よ)(い|く|さ)(社風|環境|職場|雰囲気)?", "風通し", "若手(から|が|のうち|でも|も)?(活躍|挑戦|裁量|チャレンジ)", "社風", "雰囲気",
            "アットホーム", "働きやすい", "働きがい", "やりがい", "将来性", "安定", "福利厚生", "理念", "ビジョン",
            // 創業百二十年, 東証プライム上場, 知名度: its age, listing and fame.
            "創業[^。\n]{0,8}(年|周年)", "上場(企業|して|されて|会社)", "東証", "知名度", "誰もが(知る|知って)", "従業員[^。\n]{0,8}(名|人)",
            "社員(の方々|の皆様|の皆さん|の方)(が|の)?(魅力|素敵|温か|優し|親切|生き生き|いきいき|明る|誠実)", "人の良さ", "人柄",
            "業界(を)?(リード|トップ|大手|の先駆|屈指|随一|有数|No|ナンバー)", "(業界|国内|世界)(トップ|屈指|有数|随一)", "挑戦できる",
            "チャレンジ(でき|精神)", "社会(に)?貢献", "充実した(研修|制度|福利)", "研修制度", "教育制度", "明るい", "温かい", "活気",
            "一体感", "グローバル", "幅広い(事業|分野)", "多様な", "自由な", "実力主義", "評価制度", "成長性", "魅力を感じ", "理念に共感",
            "大きな(仕事|プロジェクト)", "スケールの大きな", "長い歴史", "伝統", "歴史ある", "風土", "新しいことに挑戦", "挑戦し続け",
            "責任ある仕事", "任せ(る|て)", "温か", "誠実", "(業界|社会|分野)を(牽引|けん引|リード)", "着実に成長", "成長を続け",
            "(健康|暮らし|生活|社会|地域|未来)に貢献", "(理念|考え方|姿勢)に(深く|強く|心から)?共感", "リーディングカンパニー", "スローガン", "モットー", "社是", "社訓", "社員(の方々|の皆様|の皆さん)", "働く人", "人を大切", "お客様を大切", "地域に根ざ", "地域密着"
        ),
        p!(
            r"(?i)great (culture|team|people|company|place to work|environment)", r"(?i)growth opportunit", r"(?i)opportunit(y|ies) (to|for) (grow|develop|learn)",
            r"(?i)work-life balance", r"(?i)(good|great|strong|excellent) reputation", r"(?i)innovative (company|culture|environment)", r"(?i)industry leader",
            r"(?i)leader in (the|your) (industry|field|market)", r"(?i)dynamic (environment|company|team)", r"(?i)amazing (people|team|culture)", r"(?i)\bculture\b",
            r"(?i)friendly (atmosphere|people|environment)", r"(?i)\batmosphere\b", r"(?i)\bstable\b", r"(?i)\bstability\b", r"(?i)\bbenefits\b",
            r"(?i)\bvalues\b", r"(?i)\bvision\b", r"(?i)\bmission\b", r"(?i)\bmotto\b", r"(?i)\bslogan\b", r"(?i)\bgrow (as a|professionally)", r"(?i)\bchallenging (work|environment)",
            r"(?i)\bprestig", r"(?i)\bwell-known\b", r"(?i)\bglobal\b", r"(?i)\bsupportive\b", r"(?i)\bwelcoming\b", r"(?i)\bkind (people|staff|employees)",
            r"(?i)\b(always )?admired\b", r"(?i)\bgrowing (steadily|fast|quickly)", r"(?i)\bwarm\b", r"(?i)\bfriendly\b", r"(?i)\bpassionate (people|staff|team)",
            r"(?i)\brespected\b", r"(?i)\bleading\b", r"(?i)\btradition", r"(?i)\bhistory\b", r"(?i)\bfast-growing", r"(?i)\bchallenge myself",
            // "more than fifty years of history, listed on the TSX, everyone knows your name": its
            // age, its listing and its fame, the numbers and names of which show nothing it does.
            r"(?i)\b(more than|over|nearly|almost|some|for) [^.]{0,12} years (of history|old|in business)", r"(?i)\blisted on [^.]{0,12}(,| and | exchange)", r"(?i)\bfounded in [^.]{0,6}(,| and )",
            r"(?i)\beveryone[^.]{0,30}knows (your|the) (name|company|brand)", r"(?i)\b(household|famous) name\b",
            r"(?i)\byoung (employees|people|staff)", r"(?i)\bresponsibility early", r"(?i)\bpeople first"
        )
    ),
    (
        Cue::Visit,
        p!(
            "(伺い|伺って|伺わせ|参り|参って|お邪魔|訪問し|訪問させ|足を運)[^。\n]{0,12}(お詫び|おわび|ご説明|説明|お話|ご挨拶)", "伺うこと(も|が)", "ご都合に(合わせ|あわせ)", "直接(お詫び|おわび|ご説明|お話|お会い|伺)",
            "(貴社|御社|貴行|御行|貴院|御院)(へ|に)[^。\n]{0,6}(伺|参)"
        ),
        p!(
            r"(?i)\b(come|visit|stop by|drop by)\b[^.]{0,40}(office|in person|explain|apologi|talk|speak)", r"(?i)\bin person\b",
            r"(?i)\bmeet (you|with you)\b"
        )
    ),
    (
        Cue::Reaching,
        p!(
            "(お電話|ご連絡)(いたしました|差し上げました|しました|を差し上げた|をいたしました)(が|ところ)", "会議中", "外出中", "席を外", "ご不在",
            "お休み", "ご来客中", "メール(で|にて)(失礼|ご連絡)", "電話がつながら", "お話しできなかった", "いらっしゃいますか",
            "いらっしゃいますでしょうか", "お名前を(伺|お聞き|教え)", "お取り次ぎ", "お取次ぎ", "おつなぎ", "お願いできますか", "お電話代わ",
            "(改めて|あらためて|再度|もう一度)[^。\n]{0,6}(お電話|ご連絡)(を)?(差し上げ|いたし|させていただ|します)"
        ),
        p!(
            r"(?i)\b(tried to call|called|phoned|rang)[^.]{0,40}\b(but|however)\b", r"(?i)\b(may|might|could|can) I (speak|talk) (with|to)\b", r"(?i)\bput me through\b", r"(?i)\bwho to ask for\b", r"(?i)\bI am calling (mr|ms|mrs|dr)\b", r"(?i)\b(telephoned|called|phoned|rang) (your|the) (office|department|company)", r"(?i)\bwas told (that )?(you|she|he) (was|were) (away|out|attending|in a meeting|not available|unavailable|off)", r"(?i)\b(unable to|could not|couldn't|did not|didn't) (reach|get through to) you", r"(?i)\b(away from|not at) (your|her|his) desk", r"(?i)\bin (a meeting|meetings)\b", r"(?i)\bI (called|phoned|rang|tried to call|tried to reach) you\b",
            r"(?i)\bout of the office\b", r"(?i)\bcould not reach\b", r"(?i)\bcouldn't reach\b", r"(?i)\b(may|could|can) I (speak|talk)",
            r"(?i)\bis (she|he|mr|ms|mrs) [^.]{0,20}available", r"(?i)\b(telephoned|called|phoned|rang) (you|your office|your department)[^.]{0,40}\b(but|however)\b",
            r"(?i)\b(you|they|he|she) (were|was) (out|away|not available|unavailable|not in|busy|in a meeting)\b", r"(?i)\bI (will|would like to|'ll) (call|phone|try) (you |your office )?again\b"
        )
    ),
    (
        Cue::Deadline,
        p!(
            "までに[^。\n]{0,25}(お返事|ご返事|ご回答|ご返答|ご返信|ご判断|お知らせいただ|結論|ご決定|ご連絡(を)?(いただ|頂|くださ|下さ)|いただけ|頂け|ください|下さい)",
            "(今週中|来週中|本日中|今日中|明日中|週明け|月末|年内|週内|数日中|近日中|今週|明日|明後日)[^。\n]{0,20}(お返事|ご返事|ご回答|ご返答|ご判断|ご連絡(を)?(いただ|頂|くださ|下さ)|いただけ(ます|れば|ると|ない)|ください|下さい)",
            "(早急|至急|大至急|お急ぎ|速やか|一刻も早く|一日でも早く|できるだけ早く|なるべく早く|早めに|早い段階で|早いうちに|すぐに)[^。\n]{0,20}(お返事|ご返事|ご回答|ご返答|ご判断|ご連絡(を)?(いただ|頂|くださ|下さ)|ご検討|いただけ|ください|下さい)",
            "(期限|締め切り|締切|〆切)(が|は)[^。\n]{0,20}(ため|ので|から|迫って|近づいて|までに|まで|しか)",
            "(月|火|水|木|金|土|日)曜(日)?[^。\n]{0,25}(お返事|ご返事|ご回答|ご返答|ご判断)(を)?(伺って|伺え|伺いたく|いただけ|いただきたく|頂け|くださ|お聞かせ)",
            "(お返事|ご返事|ご回答|ご返答|ご連絡|ご判断)(は|を)?[^。\n]{0,15}まで(に)?(お願い|いただけ|頂け|くださ|下さ)",
            // 今週金曜日まで東京におります。それまでの間に一度お目にかかり…: the student's own
            // timetable made theirs.
            "それまで(の間)?に[^。\n]{0,20}(お目にかか|お会い|面談|お話し|お返事|ご回答|ご判断)",
            // 12月1日（火）の午後に、改めてお電話でご検討の結果を伺えれば: a day set to hear it.
            "([0123456789０１２３４５６７８９]日|（[月火水木金土日]）|曜日?|来週|明日|明後日|週明け)[^。\n]{0,30}(結果|お返事|ご返事|ご回答|ご返答|ご判断)(を)?(伺|お聞かせ|お聞き|お尋ね)",
            // ご検討の結果は、来週火曜日に改めてお電話して伺います: the same, the answer named first.
            "(結果|お返事|ご返事|ご回答|ご返答|ご判断)(は|を)[^。\n]{0,12}([0123456789０１２３４５６７８９]日|曜日?|来週|明日|明後日|週明け)[^。\n]{0,40}(伺います|伺いたい|お聞きします|お尋ねします)"
        ),
        p!(
            r"(?i)\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of|end of|next week|this week|noon|close of business|cob|eod)\b",
            // (A month alone is a deadline only for an answer: "measured in March, on a
            // skipper's wall by April" tells the company's work.)
            r"(?i)\bby (that|this) (date|day|time)", r"(?i)\bby (this|next|the end of this|the end of next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month)",
            r"(?i)(let me know|reply|respond|answer|hear back|hear from you|get back to me|decision|your answer|a response|a reply)[^.]{0,30}\bby (the )?(1|2|3|4|5|6|7|8|9|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|noon|early|mid|then)",
            r"(?i)\b(you|your) [^.]{0,40}\bwithin (a|one|two|three|four|five|seven|a few|24|48|72) (days|hours|business days|weeks|working days)", r"(?i)\b(my|the) deadline (is|falls|for (me|my|the other))",
            r"(?i)\bno later than\b", r"(?i)as soon as possible", r"(?i)\basap\b", r"(?i)\burgent", r"(?i)\btime(-| )sensitive",
            r"(?i)(reply |respond |answer |hear back |your decision |let me know )[^.]{0,20}(right away|immediately|quickly|soon as|promptly)",
            // "if you were able to let me know fairly soon, it would really help me".
            r"(?i)\blet me know (fairly |quite |very |reasonably )?(soon|early)\b[^.]{0,25}\b(help|grateful|appreciate)",
            r"(?i)\bI (need|have) to (respond|answer|reply|decide|give them|give an answer|know)", r"(?i)\bbefore (the|my|their) (other|another)[^.]{0,30}(deadline|expires|due)",
            r"(?i)\b(your (decision|answer|reply|response)|hear from you|hear back from you)[^.]{0,30}\bwithin (this|the|a|one|two|three|the next) (week|day|days|weekend)",
            r"(?i)\b(early|quick|prompt|speedy|swift|fast) (reply|answer|response|decision) would (help|be|mean)",
            // "…, so hearing from you soon would help me a great deal."
            r"(?i)\bhearing (from you|back|your (answer|decision))( fairly| very| quite)? (soon|quickly|early|promptly|shortly)\b[^.]{0,10}\bwould (help|be|mean)",
            r"(?i)\b(appreciate|grateful for|hope for|need) an? (early|quick|prompt|speedy|swift|fast) (reply|answer|response|decision)",
            r"(?i)\byou (can |could |would |might |will )?(decide|get back to me|make a decision)[^.]{0,10}\b(quickly|soon|promptly|right away|immediately)",
            r"(?i)\b(is|are) (pressing|pushing|rushing|hurrying) me\b", r"(?i)\bthe sooner (you|the better)", r"(?i)\bsooner rather than later\b",
            r"(?i)\b(your|the) (decision|answer|reply|response)\b[^.]{0,20}\bbefore (then|that date|that day|the 1|the 2|the 3|1|2|3|4|5|6|7|8|9)", r"(?i)\bknow(ing)? your (decision|answer) (by|before)\b",
            // "I am in Tokyo only until Friday; could we meet before I leave?": the student's own
            // timetable made theirs.
            r"(?i)\b(meet|see you|talk|speak|sit down)\b[^.]{0,30}\bbefore (then|I leave|I go back|I fly|I return|I head back)\b"
        )
    ),
    (
        Cue::Threat,
        p!(
            "(ない|なければ|なかった|いただけない)場合(は|には)?[^。\n]{0,40}(入社|承諾|進め|諦め|他社|そちら|別の)",
            "(ご連絡|お返事|ご回答|ご返答)(が|を)?(いただけなければ|なければ|ない場合)", "それまでに[^。\n]{0,20}(ない|なければ|いただけ)",
            // 万一お返事がございませんでしたら、改めて貴社へお伺いいたします: silence answered
            // by coming to them.
            "(ご連絡|お返事|ご返事|ご回答|ご返答|ご返信)(が|を)?(ございません|いただけません|いただけない|ありません|ない)(でしたら|ようでしたら|よう|場合|とき)[^。\n]{0,20}(伺|参り|参上|お邪魔|押しかけ)"
        ),
        p!(
            r"(?i)if I (do not|don't|have not|haven't) (hear|heard|receive|received|get)", r"(?i)\botherwise,? I (will|'ll|would|must|have to)",
            r"(?i)\bI will assume\b", r"(?i)\bor else\b", r"(?i)I('ll| will) have (no choice|to accept|to go with|to sign)"
        )
    ),
    (
        Cue::Compare,
        p!(
            "(他|ほか)の(候補者|応募者|内定者|学生|方|方々|人)(より|よりも|に比べ|と比べ|には負け|に負け)", "(代わり|後任|補充|繰り上げ)[^。\n]{0,20}(方|人|学生)(より|よりも)",
            "(誰|どなた)(より|よりも|にも)[^。\n]{0,20}(熱意|意欲|貢献|自信|負け|強い|勝)", "(私|自分)(の方|のほう)が[^。\n]{0,25}(貢献|優秀|ふさわしい|適任|向いて|役に立|戦力|熱意|意欲|上)",
            "負けない自信", "私を(選ぶ|採用する)(べき|ほうが|方が)", "(その方|その人|代わりの方|新しい方|後任の方)(と|に)比べ",
            // その方に劣らぬどころか、それ以上の覚悟で: the one hired instead, outdone.
            "(その方|その人|代わりの方|代わる方|新しい方|後任の方|採用された方|採用される方)(に|にも|には)(決して|けっして|少しも|いささかも)?(劣らぬ|劣らない|負けない|負けぬ|引けを取らない|引けを取らぬ|引けを取りません|劣りません|負けません)",
            "(役に立て|お役に立て|貢献でき|ふさわしい|適任な|即戦力になれ)る?の(は|が)(私|わたし|自分)(の方|のほう)", "より[^。\n]{0,40}(私|わたし|わたくし|自分)(の方|のほう)が",
            "(私|わたし|わたくし|自分)(の方|のほう)が[^。\n]{0,30}(貢献|優秀|ふさわしい|適任|向いて|役に立|戦力|熱意|意欲|理解|上|早く|即戦力)",
            "(一から|新たに|改めて|もう一度)[^。\n]{0,10}(候補者|人|方|学生|人材)を(探|募集|採用|選考)[^。\n]{0,20}(より|よりも)",
            "(新しく|新たに|これから|代わりに)(採用|入社|お迎え)(される|する|なさる)(方|人|学生|候補者)(より|よりも|に比べ)"
        ),
        p!(
            r"(?i)than (the |any )?other (candidates|applicants|students|hires|people|new hires)",
            // "…which I doubt many applicants can offer"; "before your choice is final, weigh…".
            r"(?i)\b(many|most|other|few|any other) (applicants|candidates|graduates) (can|could|would|will) (offer|match|bring|claim)\b", r"(?i)\bbefore your (choice|decision) is (final|made)\b[^.]{0,20}\b(weigh|consider|compare|remember)", r"(?i)(better|stronger|more qualified|more motivated|more committed|more suited|more passionate|more dedicated|more enthusiastic) (fit|candidate|choice|hire) than",
            r"(?i)\bthan (a|the|any) (new |other |fresh |replacement )?(candidate|applicant|hire|student|graduate|person)",
            r"(?i)\bthan (that|those) of (a|the|any) (new |other |fresh |replacement )?(candidate|applicant|hire|student|graduate|person)", r"(?i)\b(ahead|faster|quicker) (of|than) (anyone|anybody|someone|whoever) (else |you )",
            r"(?i)\bwhoever (you )?(hired|replaced|chose|picked|took)", r"(?i)the (person|candidate|student|one) (who|that) (took|replaced|got|filled) my",
            r"(?i)I('m| am) (a |the )?(better|stronger|best|ideal|perfect|right) (fit|candidate|choice|person) (for|than)", r"(?i)no one (else )?(is|would be|could be) (as|more)",
            r"(?i)\b(contribute|help|be useful|be of use|get up to speed|adapt|start)[^.]{0,20}\b(sooner|faster|more quickly) than (someone|anyone|a person|whoever|somebody|a newcomer|a new hire)",
            r"(?i)\bsave you the (trouble|cost|time|effort|expense) of (starting|finding|hiring|recruiting|searching|training)",
            // "a dedication … that a candidate found late in the season might not"; "no one you
            // hire in my place would care as much".
            r"(?i)\b(a|any|another|the) (new |other |late |replacement )?(candidate|applicant|hire|graduate)\b[^.]{0,40}\b(might not|may not|would not|wouldn't|could not|couldn't|cannot|can't)\b",
            r"(?i)\bno one (you )?(might |may |could |would |will )?(hire|hired|take on|choose|pick)[^.]{0,30}\b(would|will|could|can) (care|work|give|bring|be more|be as)\b"
        )
    ),
    (
        Cue::Leverage,
        p!(
            "後が(ない|無い|ありません|ございません)", "行き場(が|も)(ない|無い|ありません|ございません|なく)", "(私|自分|わたし)[^。\n]{0,10}行き場を(失|なく)", "(行く|行ける)(ところ|場所|会社)が(ない|ありません|なく|ございません)",
            "(ほか|他)に(道|選択肢|行く|進む道|進む先|行き先)[^。\n]{0,6}(ない|ありません|なく|ございません)", "人生(が|を)?(かか|賭け|懸け)", "どうしたら(いい|よい)(の)?か(分か|わか)", "この先どう(すれば|したら|なる)",
            "(お願いする|頼る|すがる)(しか|ほか)", "最後の(望み|頼み|希望)", "見捨て",
            "助けて(ください|下さい)", "救って", "路頭に迷",
 "(私|自分)には、?もう、?(貴社|御社)しか", "(私|自分)には、?(貴社|御社)しか(道|残され|残って|行く|頼れ)",
            "(断られ|お断りされ|いただけなけれ|いただけないと|かなわなけれ)[^。\n]{0,30}(なくな|失い|失って|やり直|行き場|路頭)",
            "(卒業後|来春|春から|四月から|4月から)の(進路|行き先|就職先|働き口)が(なく|ありません|ございません|決まらな|なくな)",
            // 母は夜も眠れずにおります / 私の事情をお汲み取りいただき: their sympathy asked for.
            "(両親|母|父|家族|祖父|祖母)[^。\n]{0,30}(眠れず(に)?(おり|い)|眠れない日|眠れて(おりません|いない|いません)|寝込んで(おり|い)|泣いて(おり|ばかり))",
            "(私|わたし|自分)の(事情|状況|境遇|立場)(を|も)(お汲み|汲ん|汲み|ご考慮|考慮|ご勘案|勘案|お察し|ご斟酌|斟酌)",
            // 家族にも、すでに貴社に入社すると伝えてしまっており: their hopes put on the company.
            "(家族|両親|親|母|父|祖父|祖母|親戚)(に|にも)[^。\n]{0,15}(入社する|入社すると|入社が決まった|働くと|お世話になると)[^。\n]{0,10}(伝えて|話して|報告して|知らせて)(しまって|しまい|おり)"
        ),
        p!(
            r"(?i)counting on you", r"(?i)\b(I have|I've|we have|we've) (already |even )?(told|informed|promised) my (family|parents|mother|father|mum|mom|dad|grandparents|grandmother|grandfather|relatives)\b[^.]{0,40}\b(joining|working for|work for|start with|starting with|starting at|be with) (you|your)\b", r"(?i)\byou('re| are) (all|everything|the only thing) I('ve| have)( got)?( left)?\b", r"(?i)\bnowhere else (to|for me|I can|I could)\b", r"(?i)\b(have|had|has|there is|there's) nowhere else\b", r"(?i)\bnowhere to go", r"(?i)\bno (job|work|place|company|offer) to (go|fall back)", r"(?i)(don't|do not) know what I('ll| will| would)? do", r"(?i)my (whole |entire )?(life|future|career)( now| really| truly)? (depends|is riding|hangs|rests)",
            r"(?i)\bif you (turn me down|say no|refuse|decline|reject)[^.]{0,40}\b(no job|nothing|nowhere|lose|have to start|start over|won't have|will not have)",
            r"(?i)\bno (job|work|place|offer|position) (after|when I) graduat",
r"(?i)\bdesperate", r"(?i)\b(I|we) beg (you|of you)\b", r"(?i)\bbeg (you|of you) to\b", r"(?i)\bbegging (you|for)\b",
            r"(?i)please (don't|do not) say no", r"(?i)(my|the) only (hope|option)", r"(?i)I can('t|not) (accept|take) (a no|no)", r"(?i)\bI('m| am) (lost|devastated|heartbroken) without",
            // Their sympathy asked for: a family's distress, the student's lack of a way out, a
            // plea to their heart or to the student's circumstances.
            r"(?i)\b(my|our) (parents|mother|father|family|mum|mom|dad|grandmother|grandfather)\b[^.]{0,60}\b(hardly slept|hasn't slept|has not slept|haven't slept|cannot sleep|can't sleep|in tears|been crying|heartbroken)",
            r"(?i)\bno other (option|choice|way|path|offer) (now|left)\b", r"(?i)\bI (now |really |truly )?(have|really have) no other (option|choice|offer|way)\b",
            r"(?i)\bin your heart\b", r"(?i)\bthe only (place|one|company|door|hope) (I|that I) (can|could) (turn|go|look) to\b", r"(?i)\b(answer|decision|reply|yes)\b[^.]{0,30}\bmeans? everything to\b",
            r"(?i)\b(my|our) (situation|circumstances|position|family's situation)\b[^.]{0,30}\binto (account|consideration)\b", r"(?i)\btake (into account|into consideration) (my|our)\b"
        )
    ),
    (
        Cue::Promise,
        p!(
            "必ず[^。\n]{0,10}(ご期待に応え|期待に応え|お役に立|成果を(出|上げ)|結果を出|恩返し|貢献いたし|貢献し)",
            "(ご期待|期待)(を|に)(裏切ら|背か)(ない|ず|ぬ)"
        ),
        p!(
            r"(?i)\bI (promise|guarantee|swear|vow) (to|that I will|I will|I'll|that I'll) (exceed|surpass|meet|repay|prove|make (it|this) up|work harder|not let you down|live up)",
            r"(?i)\bI (will|'ll) (exceed|surpass) your expectations\b"
        )
    ),
    (
        Cue::Lobbying,
        p!(
            // 人事部の北川様も、私のことを気にかけてくださっていると(先輩から)伺いました.
            // The student may go unnamed (小西さんも気にかけてくださっていると伺いました).
            "(様|さん)(も|が)[^。\n]{0,20}(気にかけて|推して|推薦して|買って|応援して|評価して)(くださって|いただいて|下さって)(いる|おられる|いらっしゃる)と[^。\n]{0,12}(伺|聞|お聞き|耳に)",
            "(お)?口添え(を)?(いただけ|くださ|下さ|していただ|お願い)"
        ),
        p!(
            r"(?i)\b(put|putting) in a (good )?word\b", r"(?i)\b(speak|speaking) up for me\b", r"(?i)\bvouch for me\b",
            r"(?i)\b(in|on|of|from) your (hr |human resources |recruiting |hiring |personnel )?(team|department|side|staff)\b[^.]{0,60}\b(keen on me|keen that I|fond of me|rooting for me|impressed by me|a fan of me)\b",
            r"(?i)\b(her|his|their) (opinion|view|views|recommendation|support|word) (may|might|could|would|will) be (taken into (account|consideration)|considered|weighed)"
        )
    ),
    (
        Cue::Demand,
        p!(
            "必ず[^。\n]{0,20}(ください|下さい|いただきたく|いただきたい|お願い|いただけ)", "(今回|今度|この度|一度)だけ[^。\n]{0,6}(特別|例外)", "特別(に|な)(ご検討|ご配慮|ご高配|お取り計らい|措置|扱い)(を)?(いただけ|ください|下さい|願|賜)", "例外(的に|として)[^。\n]{0,20}(いただけ|ください|お願い|認め)", "当然[^。\n]{0,15}(いただけ|認め|採用)", "(採用|撤回|受け入れ)(す|して)?べき",
            "(認めて|受け入れて|撤回させて)(ください|下さい)(。|！|!)", "(前向きな|良い|よい|色よい)(お返事|ご返事|ご回答|ご判断)[^。\n]{0,10}(期待|確信|信じ)",
            "(お返事|ご回答|結果|ご判断)を(伺い|お聞き|確認し)に", "(明日|明後日|来週|後日|近いうちに|近々)[^。\n]{0,20}(お返事|ご回答|ご判断|結果)を[^。\n]{0,10}(伺|お聞き|確認)",
            "(明日|明後日|来週|近いうちに|近々)[^。\n]{0,20}(伺います|お伺いします|参ります|お邪魔します|訪問いたします|お伺いいたします|参上)",
            "(何度でも|毎日|連日)[^。\n]{0,10}(お電話いたします|ご連絡いたします|伺います)",
            "(何度でも|毎日|連日)[^。\n]{0,10}(お電話|ご連絡)(を)?(差し上げ|いたし|し)",
            "(お返事|ご連絡|ご回答|お答え)(を)?(いただける|頂ける|いただく|頂く)まで[^。\n]{0,20}(お電話|ご連絡|伺|参)",
            // …日が参りますことを願っております: a day that comes, not the student coming.
            "(伺います|お伺いします|お伺いいたします|参ります(ので|から|、)|お邪魔します|訪問いたします|お電話いたします|お電話を差し上げます)[^。\n]{0,30}(お返事|ご回答|ご判断|結果)を(お聞か|お聞き|伺|いただ|頂)",
            "(お返事|ご回答|ご判断|結果)を(お聞かせ|お聞き|伺い|伺いに|いただきに)[^。\n]{0,20}(伺|参|お電話|ご連絡)",
            "(日|曜|）|午前|午後|時|頃|ごろ)[^。\n]{0,20}(お電話|ご連絡)(を)?(差し上げ|いたし|し)[^。\n]{0,20}(お返事|ご回答|ご判断|結果|お答え|お考え)を(お聞か|お聞き|伺|いただ|頂)",
            "(数日おき|毎週|定期的|何度か|折を見て|たびたび)[^。\n]{0,10}(お電話|ご連絡)[^。\n]{0,25}(状況|ご判断|お返事|結果|ご検討)",
            // お認めいただけるまで、何度でもお願いに伺う覚悟です: asking until they give in.
            "(お認め|ご承諾|お許し|ご了承|受け入れて|迎えて)(いただける|頂ける)まで", "何度でも[^。\n]{0,10}(お願い|伺|お電話|ご連絡|足を運)",
            "(諦め|あきらめ)(ずに|ません)[^。\n]{0,15}(お願い|伺|お電話|ご連絡)",
            // 明日も明後日も、私のほうからお電話を差し上げます: calling day after day.
            "(明日も、?明後日も|明日と明後日|毎朝|毎夕)[^。\n]{0,15}(お電話|ご連絡)(を)?(差し上げ|いたし|し)"
        ),
        p!(
            // "I expect you to answer" demands; ", I expect, reopening your search" guesses.
            r"(?i)\bI expect (you to|you will|you'll|you would|you can|an|a|your|to|that|the|it|this|nothing|no less)\b", r"(?i)\bI expect[.!]", r"(?i)\bI need (an answer|a response|a reply|your answer|your decision|to hear|you to)", r"(?i)\byou (must|should|have to|need to|ought to) (reconsider|accept|give|reply|answer|respond|let me|take me|hire|understand|consider|think|see|know)",
            r"(?i)\bI insist", r"(?i)\bI deserve", r"(?i)\bentitled\b", r"(?i)\bowe me (a|an|the|this|that|at least|something|another|one)\b",
            r"(?i)(call|visit|come|stop by|drop by|check in|follow up)[^.]{0,40}(to get|to hear|to learn|to know|to receive|for) (your|an|the) (answer|decision|response|verdict|reply)",
            // "I will come to your office on Monday at ten"; not "at any time you say".
            r"(?i)\bI('ll| will| plan to| intend to) (come|visit|stop by|drop by|be at|come by|call in)[^.]{0,40}(office|building|headquarters)[^.]{0,25} (on|this|next|tomorrow|at noon|at around|at about)\b",
            r"(?i)\bI('ll| will| plan to| intend to) (come|visit|stop by|drop by|be at|come by|call in)[^.]{0,40}(office|building|headquarters)[^.]{0,25} at [0123456789]",
            r"(?i)\b(hear|hearing|get|getting|receive|receiving|learn|learning) (your|the|an) (answer|decision|response|reply|verdict) (directly|in person|then)", r"(?i)(expect|await) (a |your )?(positive|favorable|favourable|good) (reply|response|answer|decision|news)",
            r"(?i)please (give|grant) me a (positive|favorable|favourable)", r"(?i)\b(make|making) an exception (for|in) (me|my)\b", r"(?i)\bjust this once\b",
            r"(?i)\bI('ll| will| shall| plan to| intend to) (call|ring|phone|telephone|contact|visit|come by|stop by|drop by|check in|follow up|get in touch)[^.]{0,60}\bto (hear|learn|get|find out|ask) (your|the|an|where|how|what)\b", r"(?i)\b(every day|daily|each day) until",
            r"(?i)\bI (trust|am confident|am sure|know) (that )?you will (give|grant|view)[^.]{0,30}(positive|favorable|favourable|yes|good news)",
            r"(?i)\bI (trust|am confident|am sure|know) (that )?you will (accept me|approve|say yes|welcome me|take me)",
            // "I'll keep asking, politely, until there's a way": asking until they give in.
            r"(?i)\bkeep (asking|calling|writing to you|contacting you)\b", r"(?i)\bas many times as (it takes|necessary|needed|I must)\b", r"(?i)\bask(ing)? again and again\b",
            // "I will call again tomorrow and the day after, in case there is any news".
            r"(?i)\bI('ll| will| shall)? (call|ring|phone|contact you|check in|follow up)\b[^.]{0,25}\b(tomorrow and|every (day|morning|afternoon)|each (day|morning))\b",
            r"(?i)\b(call|ring|phone|check in|follow up)[^.]{0,40}\b(in case|to see if|to check if|to check whether) (there is|there's|there are|you have|you've)[^.]{0,20}\b(news|an answer|a decision|an update|progress)\b"
        )
    ),
    (
        Cue::Disclaimer,
        p!(
            "(必要|おつもり|つもり|意図)(は|など)(ございません|ありません|ない|毛頭|一切|まったく|全く)", "(わけ|もの)では(ございません|ありません|ない)",
            "とは申し(ません|上げません)", "には及びません", "(お急ぎ|急ぎ|お急ぎいただく|急がせる|急かす)(必要|つもり)", "(お急ぎ|急ぎ)に(ならない|なりませんよう|ならず)", "(急がない|急がず)で",
            // ご都合のよろしい日時を…: the time is theirs to choose.
            "ご都合(の|が)?(よろしい|良い|よい|のつく)", "ご都合に合わせ", "ご都合で(お決め|決め|ご指定|指定)", "ご無理のない",
            // 私の側の予定はどうかお気になさらず: their own timetable set aside.
            "お気になさらず", "お気になさらないで", "お気遣いなく", "ご放念",
            // どうぞごゆっくりご検討ください / お返事は急ぎません: their time left to them.
            "(ごゆっくり|ゆっくり)と?(ご検討|お考え|ご判断)", "(お返事|ご返事|ご回答|ご返答|お答え)(の時期)?は(急ぎません|問いません|いつでも|いつになっても)"
        ),
        p!(
            r"(?i)\bnot (a|any) (reason|request|call|need|sign) (to|for)\b", r"(?i)\bno (need|reason|pressure|hurry|rush) (to|for|at all|on my)\b", r"(?i)\bno (hurry|rush)\b",
            r"(?i)\b(do not|don't|never|not) (mean|want|intend|wish|need|ask|asking|expect|expecting) (you )?to (rush|hurry|press|pressure|push|answer|reply|decide|respond)",
            r"(?i)\b(please )?(do not|don't) (feel|be) (rushed|hurried|pressed|pressured|obliged|any pressure)", r"(?i)\bwithout (any )?(hurry|rush|pressure|deadline)\b",
            r"(?i)\bnot (asking|expecting|requesting) (you )?(for|to)\b", r"(?i)\bno deadline\b",
            // "…sincere, and not to ask for an answer by any particular time".
            r"(?i)\bnot to (ask|press|push|hurry|rush)\b", r"(?i)\bby (any|a) particular (time|date|day)\b",
            // "Please take whatever time you need", "do not feel any need to hurry".
            r"(?i)\btake (whatever|as much|all the) time\b", r"(?i)\btake (the|your) time (that )?you need\b", r"(?i)\b(do not|don't) feel (any |the )?(need|pressure|obligation) to\b", r"(?i)\b(do not|don't) feel (that )?you (need|have|ought) to\b",
            // "I will wait quietly for your decision and I will not call before then".
            r"(?i)\b(will not|won't|shall not|do not|don't|not) (call|ring|phone|contact you|write|chase|follow up|press)\b[^.]{0,20}\b(before|until|till)\b",
            r"(?i)\bat your own pace\b", r"(?i)\b(don't|do not|never|not) owe me\b", r"(?i)\bnot (telling|saying|mentioning|sharing) (you )?(this|that|it)[^.]{0,20} to (ask|press|pressure|push|sway|influence)\b", r"(?i)\b(not|never|won't|n't) (to )?keep (asking|calling|writing|contacting)\b",
            // "I would much rather you think it over when you have time than reply quickly".
            r"(?i)\brather [^.]{0,80}\bthan\b"
        )
    ),
    (
        Cue::Blame,
        p!(
            "(親|両親|父|母|家族|祖父|祖母|兄|姉|妹|弟|いとこ|親戚|実家|大学|学校|先生|教授|指導教員|指導教官|担任|ゼミ|顧問|監督|コーチ|キャリアセンター|キャリア支援|就職課|就職支援|アドバイザー|エージェント|友人|友達|先輩|恋人|彼氏|彼女|周り|周囲|他社|その会社|内定先|もう一社|担当の方)(に|が|から|の|は|も|に対して|にも|で)[^。\n]{0,45}(反対|意向|希望|勧め|すすめ|薦め|言われ|言うまま|言う通り|言うとおり|強く言|押し切|押され|説得され|急かさ|せかさ|迫られ|求められ|圧力|プレッシャー|強要|指示|勧誘|誘導|せい|決められ|口出し|逆らえ|猛反対|止められ|引き止め|強く求め|期待に応え|泣かれ|頼まれ|心配され|振り切れ|聞かされ)",
            "(親|両親|家族|大学|周囲|周り|他社)(の|による|からの)?(反対|意向|圧力|プレッシャー|強い勧め|勧め)(で|により|によって|もあり|に押され|を受け|に負け|に従)",
            "(勧められ|すすめられ|薦められ|言われ|押され|反対され|泣かれ|止められ|急かされ|迫られ)[^。\n]{0,30}(決め|辞退|断|選)",
            // その助言を重く受け止めた結果として、辞退を…: someone's advice as the cause.
            "(助言|アドバイス|忠告|ご意見)(を|に)[^。\n]{0,8}(受け止めた|従った|押された|動かされた)結果",
            "(説明|案内|ご説明)(が|は)?(不十分|不足|分かりにくく|わかりにくく|曖昧)", "(正しい|十分な|きちんとした|詳しい)(説明|ご説明|情報)(を|が)[^。\n]{0,12}(いれば|あれば|いたら)", "(聞いていた|伺っていた|お聞きしていた|伺った|聞いた)(お話|話|内容|条件|ご説明|説明)と[^。\n]{0,4}(違|異な)", "誤解(させられ|を招く)", "思い込まされ",
            "(私|自分)(自身)?の意思(という|では)(より|なく)", "(私|自分)の(本意|意思)ではな",
            // 先生が…とおっしゃるので、そちらを選びました: their words given as the cause.
            "(と|って)(おっしゃる|言う|言われる|勧める|すすめる|反対する)(ので|から|ため)",
            "(説明|お話|ご説明|案内|ご案内)(が|は|も)?[^。\n]{0,6}(なかった|ありませんでした|ございませんでした|足りなかった)(ため|ので|から)",
            // 面談の場では、重ねてお尋ねできる雰囲気ではなかった: the silence put on them.
            "(お尋ね|質問|お聞き|確認|ご相談|相談)(できる|する|しやすい)(雰囲気|空気|状況)では(なかった|ありませんでした|ございませんでした|なく)",
            // お話を伺う機会がなく、…思い描けなかったため: what they never told, given as the cause.
            "(お話|ご説明|説明)を(伺う|うかがう|お聞きする|聞く|いただく|頂く|受ける)(機会|場)が(なかなか)?(なく|ありませんでした|ございませんでした|なかった)",
            // あの時点で別の角度からのご説明を伺えていれば、違う結論に: had they explained.
            "(伺え|お聞きでき|いただけ)ていれば[^。\n]{0,30}(違う|別の|辞退し(ない|なかった))",
            // 友人から…という評判を聞き、迷いが出てしまったためです: a rumour as the cause.
            "(噂|うわさ|評判)(を|に)[^。\n]{0,20}(迷い|迷って|迷っ|揺れ|揺ら)",
            // 御社の選考結果のご連絡が後になったため、先に決めざるを得ず: their timing as the cause.
            "(御社|貴社)の(選考|ご連絡|内定|結果)[^。\n]{0,12}(遅|後になった|後だった)[^。\n]{0,15}(ため|ので|から|ざるを得)",
            // 卒論の締め切りに追われ、判断力が鈍っておりました: something else decided.
            "(卒論|卒業論文|論文|締め切り|締切|忙しさ|疲れ|体調|寝不足|試験|課題)[^。\n]{0,20}(で|により|のせいで|のため|に追われ)[^。\n]{0,15}判断力が(鈍|落ち|低下|働か|曇)"
        ),
        p!(
            r"(?i)\bmy [^.]{0,20}(parents|mother|father|mom|mum|dad|family|grandparents|professor|advisor|adviser|supervisor|university|school|career center|career centre|career office|counselor|counsellor|friend|friends|girlfriend|boyfriend|partner|relatives|brother|sister|teacher|coach)[^.]{0,80}(made|forced|pushed|pressured|insisted|convinced|urged|urging|persuaded|talked me|wanted me|told me to|advised me to|sided|would not let|wouldn't let|didn't let|did not let|objected|opposed|disapproved|against|strongly advised|recommended|kept pushing|kept urging|told me that|felt strongly|was adamant)",
            r"(?i)(parents|professor|adviser|advisor|supervisor|family|father|mother|counselor|counsellor|teacher)('s|') (advice|wishes|pressure|opinion|insistence|objection)",
            r"(?i)the other (company|firm|employer)[^.]{0,30}(pressured|rushed|forced|pushed|made me|demanded|gave me no|gave me only)", r"(?i)because (of )?my (parents|family|professor|university|advisor|adviser)",
            r"(?i)pressure from (my|the)", r"(?i)(decision|choice) was(n't| not) (really )?(mine|my own)", r"(?i)\bnot (really )?my (own )?(decision|choice|idea)\b", r"(?i)\bnot my fault\b",
            r"(?i)\b(had|have) no choice but", r"(?i)felt I had no (real |other )?choice", r"(?i)\b(situation|timing|circumstances|deadline|budget|money)\b[^.]{0,40}\b(seemed to make|made) the (decision|choice) for me\b", r"(?i)\b(didn't|did not) (really )?feel (that )?I had (much of a|any|a|much) choice", r"(?i)(your|the) (recruiter|explanation|offer letter|information|job description)[^.]{0,30}(unclear|confusing|misleading|vague)",
            r"(?i)\bI was (told|advised|pressured|pushed|persuaded|talked) (to|into)",
            r"(?i)\btalked me into", r"(?i)\bmisled\b", r"(?i)\b(their|his|her) insistence",
            r"(?i)(recruiter|someone|staff|people) (at|of|from) the other (company|firm|employer)[^.]{0,20}(told|said|assured|promised|insisted)",
            r"(?i)\btrusted (him|her|them) and (made|took|declined|chose)",
            // "the other studio's recruiter kept calling", "that rumour is what tipped me into
            // saying no", "because your process finished later, I felt I had to decide".
            r"(?i)\bthe other (company|firm|employer|studio|agency|bank|school|office)'s (recruiter|hr|people|staff|manager|team)\b[^.]{0,40}\b(kept|pushed|pressed|insisted|wanted|demanded|rushed|urged)",
            r"(?i)\b(rumou?r|gossip|hearsay)\b[^.]{0,60}\b(tipped|pushed|led|drove|made) me\b",
            r"(?i)\bbecause (your|the company's|the) (process|selection|offer|timeline|schedule|interviews?)\b[^.]{0,30}\b(later|late|slow|too long|dragged)",
            // "the deadlines clouded my judgement": something else decided.
            r"(?i)\b(deadlines?|stress|pressure|exhaustion|fatigue|workload|thesis|exams?|schedule|nerves|tiredness|worries|worry|illness|rush)\b[^.]{0,30}\b(clouded|affected|impaired|distorted|warped|got the better of) my (judg(e)?ment|thinking|decision)",
            r"(?i)\b(explanation|information|description|briefing)[^.]{0,50}\b(was|were) (quite |very |too |rather )?(short|brief|unclear|confusing|vague|insufficient|limited|thin)\b",
            r"(?i)\b(did not|didn't|never) (get|receive|have|given) enough information",
            r"(?i)\b(was|were)(n't| not| never)( really| fully| properly| clearly)? (explained|mentioned|made clear|explained to me|told to me|discussed|raised|brought up|covered|talked about)\b",
            r"(?i)\b(session|seminar|recruiter|interviewer|briefing|presentation|website|materials|offer letter|job description)\b[^.]{0,20}\b(did not|didn't|never) (really |fully |clearly |properly )?(explain|mention|cover|tell)",
            // "The way my time would be split … wasn't quite clear to me": the offer's terms,
            // left unclear.
            r"(?i)\bthe (role|offer|position|job|work|way|split|duties|placement|contract)\b[^.]{0,80}\b(wasn't|was not|weren't|were not|never) (quite |really |fully |entirely |very |made )?clear to me\b",
            // "The letter did not say whether I would be…": what the offer left out.
            r"(?i)\b(the|your) (offer |offer's |written )?(letter|offer|contract|paperwork)\b[^.]{0,10}\b(did not|didn't|never) (really |clearly )?(say|state|specify|make clear)\b",
            // "I don't think it came up in my interviews that…": what the selection never told.
            r"(?i)\b(don't|do not|didn't|did not) (think|believe|recall|remember) (it|that|this) (ever )?(came|come) up (in|at|during) (my|the|our|any) (interview|session|selection|briefing|meeting)",
            r"(?i)\b(did not|didn't|never|had not|hadn't|had never) (come|came) up (in|at|during) (my|the|our|any) (interview|session|selection|briefing|meeting)",
            // "Salary had not come up at any stage of the interviews, and … I declined".
            r"(?i)\b(did not|didn't|never|had not|hadn't|had never) (come|came) up (at|in|during) (any|every) (stage|point|part|step) of (my|the|our) (interview|session|selection|briefing|meeting)",
            r"(?i)\bnobody (really |ever )?(walked|talked|took) (us|me) through", r"(?i)\bI was left guessing",
            // "with that deadline I was not really given the chance to weigh the two offers".
            r"(?i)\bI (wasn't|was not|was never|was hardly|was barely) (really |even |ever )?(given|allowed|left|granted) (the |a |any |much |enough )?(chance|time|room|opportunity) to (weigh|think|consider|decide|reflect|compare|ask)",
            // "his warning had more or less made the decision for me" ("Nobody made the choice
            // for me" owns it).
            r"(?i)\b(warning|advice|worry|worries|words|opinion|story|deadline|objection|insistence|view)\b[^.]{0,30}\b(made|took) (the|my|that) (decision|choice) for me\b",
            r"(?i)\b(decision|choice) (came|was made) (mostly |largely |mainly |really |partly )?(from|by) (a|an|the|his|her|their|my (parents|father|mother|professor|senior|advisor|adviser|counsellor|counselor|friend|supervisor))\b",
            r"(?i)\b(adviser|advisor|professor|counselor|counsellor|parents|mother|father|teacher|supervisor)\b[^.]{0,80}\b(strongly )?(recommended|advised me|urged|insisted|told me to|pushed me)",
            r"(?i)\b(would not|wouldn't) stop (worrying|insisting|asking|saying|telling)", r"(?i)\bkept (insisting|telling me|saying|urging|pushing|asking me)",
            r"(?i)\bhad (been )?(explained|told|mentioned|made clear)[^.]{0,60}\bI (would not|wouldn't) have (declined|turned|said no)"
        )
    ),
    (
        Cue::Yielded,
        p!(
            "(言葉|意見|助言|アドバイス|勧め|すすめ|反対|意向|言うこと|指導|方針|説明|期限)に(押され|従|流され|負け|背中を押され)", "(親|両親|父|母|家族|祖父|祖母|先生|教授|先輩)の(心配|不安)に(押され|従|流され|負け|背中を押され)", "(指導|助言|勧め|アドバイス)(もあり|を受け)", "逆らえ", "逆らいきれ", "逆らい切れ", "押し切られ",
            "言いなり", "(辞退|お断り)(する|の)流れに(なって|なり|なっ)", "背中を押される形で", "(断れ|断り切れ|断りきれ|嫌と言え|いやと言え)(ず|なかった|ませんでした)",
            "(言葉|一言|助言|お話|説明|ご説明|反対|意見|期限|締め切り)(が|を)?(あって|受けて|きっかけに|決め手)[^。\n]{0,12}(辞退|決め|断)", "(言葉|一言|助言|説明|ご説明|期限|意向)(が|こそが)(最後の|一番の|大きな)?(決め手|一押し|引き金)",
            "(先生|教授|監督|コーチ|両親|父|母|祖父|祖母|先輩|相談員|担当者|家族|友人)(の|からの)[^。\n]{0,12}(が|こそが)(最後の|一番の|大きな)?(決め手|一押し|引き金)",
            "(キャリアセンター|キャリア支援|就職課|就職支援|相談員|アドバイザー|先生|教授|指導教員|親|両親|父|母|先輩|友人)[^。\n]{0,10}(に|が|から)[^。\n]{0,45}(説明を受け|説明され)[^。\n]{0,40}(辞退|断|決め)",
            "(説明|言葉|助言|お話|話|意見)を(信じて|真に受けて|鵜呑みにして|うのみにして)", "(期限|締め切り|締切|回答期限)に(追われ|迫られ|急かされ)",
            // 他社の内定承諾の期限が迫っており、焦って判断してしまった: the deadline hurried it.
            "(期限|締め切り|締切|回答期限)(が|も)迫(って|り)[^。\n]{0,15}(焦|急い|慌て)",
            "(考える|比べる|比較する|待つ|迷う)(時間|猶予)を(いただけ|もらえ|与えられ|いただく)(ず|ない|なかった|ませんでした|まま|こともできず)",
            "(意見|意向|希望|考え|判断|言葉)を(尊重|優先)する(ほか|しか)(なく|ありませんでした|ございませんでした)",
            // 三日以内と言われ、御社と比べる時間がありませんでした: the deadline decided it.
            "(比べる|考える|迷う|検討する|相談する)(時間|余裕|猶予)(が|も)(ありませんでした|なく|なかった|ございませんでした|残されていない|残されておらず|残されていなかった)",
            // 選ぶほかございませんでした, 判断せざるを得ませんでした, お断りできる状況ではなく:
            // the decline told as forced on the student. (辞退するしかないと思い込んで and
            // 誤りだったと認めざるを得ませんでした are their own, and are not matched.)
            "(選ぶ|従う|辞退する|お断りする|断る|決める|承諾する|受け入れる|進む|諦める|あきらめる)(ほか|しか)(ございませんでした|ありませんでした|なく、|なかった)",
            // 条件のよい会社を選ぶほかない状況でございました: the circumstances chose.
            "(選ぶ|従う|辞退する|お断りする|断る|決める|承諾する|受け入れる|進む|諦める|あきらめる)(ほか|しか)(ない|なかった)(状況|状態|立場|事情)",
            "(判断せ|辞退せ|辞退さ|お断りせ|お断りさ|選択せ|決断せ|断ら|諦め|あきらめ|選ば|従わ|決め)ざるを得(ず、|ませんでした|なかった)",
            "(お断り|断る|断り|逆らう|反対する|意見する)(できる|する)?(状況|雰囲気|立場)(では|に)(なく|ありません|ございません|なかった)",
            // 面談の折に待遇面のお話を伺う機会がなかったこともあり、…心細さが勝ってしまった:
            // what they did not tell given as a cause.
            "(お話|ご説明|説明)を(伺う|お伺いする|お聞きする|聞く|受ける|いただく)(機会|場)(が|も)(なかった|ございませんでした|ありませんでした|なく)(こともあり|ため|ので|から|、)"
        ),
        p!(
            r"(?i)\bgave in\b",
            // "The timing really didn't leave me much choice", "His advice is something I
            // couldn't refuse", "so the decision was made before I had weighed your offer".
            r"(?i)\b(didn't|did not|never|wouldn't|would not) (really )?(leave|give|allow) me (much |a |any |another |an )?(choice|option|alternative|room)", r"(?i)\b(declining|saying no|turning you down) (felt like|seemed|was) the only (option|choice|way)\b", r"(?i)\bsomething I (couldn't|could not|felt I couldn't|felt I could not) (refuse|say no to|go against|turn down)\b",
            r"(?i)\b(couldn't|could not) (refuse|turn down) (his|her|their) (advice|wish|wishes|request|suggestion)", r"(?i)\b(felt|feel) (that )?I (couldn't|could not) (refuse|say no to|disappoint) (him|her|them)\b", r"(?i)\b(the|my) decision (was|had been|got) made (for me|before I|without me)\b",
            r"(?i)\bI had to (take|accept|choose|go with) (the )?(sure thing|safe option|safer option|safer job|safe job|other offer)", r"(?i)\b(couldn't|could not|didn't feel I could|did not feel I could|wasn't able to) say no\b",
            // "Hearing that…, that's really what made up my mind": what was heard decided it.
            r"(?i)\b(that|this|which|it)('s| is| was)? (really |ultimately |finally |probably |in the end )?what (made up my mind|decided (it|me)|settled it|tipped (it|me|the balance))",
            r"(?i)\bI followed (him|her|them|his|their)\b", r"(?i)\bI (just |simply )?(went|gone) with what (he|she|they|my (parents|father|mother|family|professor|adviser|advisor)) (wanted|said|suggested|preferred)\b",
            r"(?i)\bI did what (he|she|they|my (parents|father|mother|family|professor|adviser|advisor)) (wanted|said|told me|asked)\b", r"(?i)\bI (just |simply )?went along with (him|her|them|his|her|their|what (he|she|they))\b",
            r"(?i)\bleft (me )?no (time|room) to (compare|think|consider|weigh|ask|wait|reflect)",
            // "it was their worry, rather than my own wish, that decided my answer"; "on the
            // strength of that description": someone else's words given the decision.
            r"(?i)\bit was (her|his|their|my parents'|my (father|mother|friend|professor|senior|counsellor|counselor|adviser|advisor|family|supervisor)'s) [^.]{0,60}\bthat (settled|decided|made up|tipped)",
            r"(?i)\bon the strength of (that|her|his|their|this) (description|account|advice|words|story|opinion|picture|warning)",
            r"(?i)\b(couldn't|could not|didn't feel I could|did not feel I could|wasn't able to|felt unable to) (go against|stand up to|argue with|oppose|defy)\b",
            r"(?i)\b(that's|that is|this is|which is) (really |exactly )?what (decided|settled) (it|the matter|my decision)",
            r"(?i)\b(comment|remark|words|advice|explanation)\b[^.]{0,60}\bmade me (think|feel|believe|decide|give up)",
            r"(?i)\btook (her|his|their) word",
            // "that rumour is what tipped me into saying no"; "I declined because a job-board
            // post I'd read said…": what was heard or read given the decision.
            r"(?i)\b(rumor|rumour|advice|comment|remark|words|warning|story|stories|post|article|review|reviews)\b[^.]{0,20}\b(is|was) (really |exactly |ultimately |simply )?what (made up my mind|decided|settled|tipped|pushed|led|made me)",
            r"(?i)\bI (declined|said no|turned (you|it|the offer) down) (only |mainly |mostly )?because (a|an|the|my) [^.]{0,50}\b(said|told me|claimed|suggested|warned)\b",
            // "In the end her stories made the decision"; "Her situation is what made me say no".
            r"(?i)\b(her|his|their) (stories|story|advice|words|warning|warnings|opinion|worry|worries|objection|situation|experience|example)\b[^.]{0,20}\b(made|took|settled) (the|my|that) (decision|choice)",
            r"(?i)\b(her|his|their) (stories|story|advice|words|warning|warnings|opinion|worry|worries|objection|situation|experience|example) (is|was) (really |exactly |ultimately )?what (made|led) me (to )?(say no|decline|turn)", r"(?i)\bwent along with (her|him|them|my|their|his|it|that|the idea)\b",
            r"(?i)\b(worry|worries|advice|words|comment|remark|explanation|description|deadline|opinion|wish|wishes|concern|concerns|objection|pressure|insistence|fear|fears)\b[^.]{0,30}\b(settled|decided|tipped|swayed|sealed|clinched) (it|the matter|things|me|my decision|the decision|my choice)\b",
            r"(?i)\b(did not|didn't) feel (at liberty|free|able) to (answer|say|decide|do|choose) (otherwise|anything else|no)\b", r"(?i)\bless (by|from|of) my own [^.]{0,30}\bthan (by|from|of)\b", r"(?i)\bout of deference\b",
            // "I felt I had to follow his advice", "I gave you the answer they wanted".
            r"(?i)\bI (felt I |felt that I |thought I )?(had to|must) (follow|obey|accept|go along with) (his|her|their|that) (advice|wishes|wish|decision|view|lead|plan)",
            r"(?i)\b(gave|sent) you (the|an) answer (they|he|she) wanted\b",
            r"(?i)\b(from|because of|given|based on|on the basis of|after hearing) (this|that|his|her|their|the) (explanation|advice|description|comment|remark|words|account|warning)\b[^.]{0,80}\b(decided|declined|chose|turned down|concluded)\b",
            r"(?i)\b(because of|due to|given) (this|that|the|their|such a) (short |tight |strict )?(time limit|deadline|time frame|timeframe)\b", r"(?i)\bnot wishing to (go against|disappoint|defy|oppose|upset)\b",
            r"(?i)\bcoming from (a|an|the|my|her|his|someone)\b[^.]{0,30}\b(that|it|this) (settled|decided|tipped|swayed|sealed) (it|the matter|things|me)\b",
            r"(?i)\b(left|gave) (me )?(no|little) (time|room|chance) to (think|compare|consider|decide|weigh|reflect)", r"(?i)\b(wasn't|was not|there was no|there wasn't) (really )?(any |enough )?(time|chance) to (think|compare|consider|decide|weigh)[^.]{0,40}\b(so|and) I\b",
            // "With so little time, I was not able to weigh the two offers": the deadline decided.
            r"(?i)\bwith (so little|such little|too little|little|no) time\b[^.]{0,60}\b(was not able|wasn't able|could not|couldn't|had no way) to (speak|talk|weigh|compare|think|consider|ask|reflect)",
            r"(?i)\b(trusted|followed) (her|his|their) (judgement|judgment|advice|opinion)", r"(?i)\b(pushed|pressured|forced|rushed|hurried) into (deciding|declining|a decision|choosing)", r"(?i)\bended up having to (decline|choose|decide)", r"(?i)\b(wasn't|was not|weren't|were not) (really )?(given|allowed) (time|a chance|enough time)", r"(?i)\bwas (my|his|her) [^.]{0,20}'s idea"
        )
    ),
    (
        Cue::Chose,
        p!("決め", "選ん", "選び", "判断し", "判断せざる", "選ぶ(ほか|しか|こと)", "決断", "承諾(し|する)", "選択", "決意し", "進むこと(に|を)"),
        p!(
            r"(?i)\bdecid", r"(?i)\bchose\b", r"(?i)\bchoice\b", r"(?i)\bdecision\b", r"(?i)\baccept(ed)? (the|their|an|a)\b", r"(?i)\bwent with\b",
            r"(?i)\bsigned\b", r"(?i)\btake the\b", r"(?i)\bjudge?ment\b", r"(?i)\bsettled\b", r"(?i)\bgave in\b",
            r"(?i)\bmade up my mind\b", r"(?i)\bmy mind was made up\b", r"(?i)\b(into|me to) (saying|say) no\b"
        )
    ),
    (
        Cue::Because,
        p!(
            "ため", "ので", "せいで", "結果", "によって", "により", "によるもの", "わけ",
            "(辞退|お断り)(を)?(した|いたした|させていただいた)(のは|理由は|理由として)",
            "(た|だ|い|る|です|でした|ます|ました)から(です|でした|、|。)"
        ),
        p!(
            r"(?i)\bbecause\b", r"(?i)\bso I\b", r"(?i)\band I\b", r"(?i)\bthat's why\b", r"(?i)\bthat is why\b", r"(?i)\bwhich is why\b", r"(?i)\bled me\b", r"(?i)\bmade me\b",
            r"(?i)\bin the end\b", r"(?i)\bas a result\b", r"(?i)\btherefore\b", r"(?i)\bthat settled\b"
        )
    ),
    (
        Cue::OwnsIt,
        p!(
            "(私|自分)(自身)?の(判断|決断)(の|が)?(甘|浅|誤|ミス|責任)", "(責任|非)は(すべて|全て)?(私|自分)", "(私|自分)(自身)?の(責任|未熟さ|甘さ|弱さ|落ち度|過ち|不徳)",
            "言い訳(は|を)?(いたしません|するつもり|できません|のしようも|の余地)", "誰のせいでもな", "(最終的に|最後に|結局)[^。\n]{0,20}(決め|選|判断し)たのは(私|自分)",
            "(私|自分)(自身)?(が|で)[^。\n]{0,12}(決め|選|判断)", "(決めた|選んだ|選びました|判断した|決断した)のは(、)?(私|自分|ほかの誰でもなく|他の誰でもなく|ほかならぬ|ほかでもない|他でもない)", "(私|自分)(自身)?の(弱さ|甘さ|責任|判断|希望|意思|都合|考え)(です|でした|によるもの|にほかなりません)",
            // その言葉を決め手にしたのは私自身です: the student is who did it.
            "のは(、)?(私|自分)(自身)?(です|でした|にほかなりません|の判断)",
            // 他の誰の責任でもございません, 私自身の判断であり.
            "(誰|だれ)の(せい|責任)でも(な|ありません|ございません)", "(私|自分)(自身)?の(判断|決断|責任)(であり|であって|だった|でございます)",
            // 結論を出してしまいましたのは、ほかならぬ私自身でございまして、期限があったことを
            // 理由にするつもりは一切ございません.
            "のは(、)?(ほかならぬ|ほかでもない|他でもない|ほかならない)(私|自分)", "(理由|言い訳)にする(つもり|気)は(一切|まったく|全く)?(ございません|ありません|ない)"
        ),
        p!(
            r"(?i)(the|that|this) (decision|choice|mistake) was (entirely |completely |solely |all )?(mine|my own)", r"(?i)I take (full )?responsibility", r"(?i)\b(will not|won't|do not|don't|cannot|can't) (hide|shelter) behind\b", r"(?i)\bI could have (asked|waited|said|called|checked|taken|spoken|told)\b[^.]{0,40}\b(and|but) (I )?(didn't|did not)\b",
            r"(?i)(no one|nobody) (else )?(is|was) to blame", r"(?i)\bmy own (mistake|misjudg|decision|choice)", r"(?i)\bI (alone )?made (that|the|this) (decision|choice)", r"(?i)\b(no one|nobody) (else )?(made|took) (the|that|this|my) (choice|decision)", r"(?i)\b(the|that|this) (mistake|decision|choice|fault) (is|was) (mine|my own)\b",
            r"(?i)\bI chose to\b", r"(?i)\bthe choice was mine", r"(?i)\bit was (I|me) who\b",
            r"(?i)\bI was the one who (decided|chose|made|declined|said)", r"(?i)\bwas my (own )?(call|doing)\b", r"(?i)\bof my own making\b"
        )
    ),
    (
        Cue::Commitment,
        p!(
            "(他社|ほか|他|別|もう一社|残り|全て|すべて|いただいていた|頂いていた|承諾した|承諾していた|ほかの会社|他の会社|他の企業|もう一つ|すべての)[^。\n]{0,20}内定[^。\n]{0,25}(辞退|お断り|断り|取り下げ|取り消)",
            "就職活動を(終え|終了|終わら|やめ|締めくく)", "就活を(終え|終了|終わら|やめ)", "(大学院|進学|留学|入学|公務員試験|院試)[^。\n]{0,20}(取りやめ|取り下げ|辞退|断念|取り消|やめ|見送)",
            "二度と[^。\n]{0,20}(辞退|迷|揺ら|翻|裏切)", "迷い(は|も)(ございません|ありません|一切|ない)", "心を決め", "(覚悟|決意)を(決め|固め|持っ)", "決意",
            "(入社|働く)[^。\n]{0,15}(固く|心に)?決め", "(貴社|御社)以外[^。\n]{0,15}(考えて|ない|ありません|ございません)", "揺らぐことは", "変わることは(ございません|ありません)",
            "(他社|他の会社|ほかの会社)(への|に)(就職|入社)(は|を)?(考えて|いたしません|しません)", "(他|ほか)の(選考|応募)[^。\n]{0,15}(辞退|取り下げ|お断り)"
        ),
        p!(
            r"(?i)(declined|turned down|withdrawn from|withdrew from|withdrawn|withdrew|let go of|said no to|told)[^.]{0,40}\b(other|another|remaining|every other|all other|all my other)\b[^.]{0,20}(offer|company|companies|position|firm|employer|process)",
            r"(?i)(other|another|remaining) (offer|offers|company)[^.]{0,30}(declined|withdrawn|turned down|closed|ended)", r"(?i)\bI have (no|not any) other offer",
            r"(?i)(ended|stopped|finished|closed|concluded|ended) my (job )?(search|hunt|job-hunting)", r"(?i)(withdrawn|withdrew|cancelled|canceled) (from )?(my |the )?(graduate|grad|master|enrol|place at)",
            r"(?i)I (will|would) (not|never) (change my mind|waver|decline again|back out|leave)", r"(?i)my mind is made up", r"(?i)\b(fully|completely|wholeheartedly|entirely) committed",
            r"(?i)no (longer|other) (considering|options)", r"(?i)\bthere is no other (company|offer)"
        )
    ),
    (
        Cue::OfferDeclined,
        p!("内定(は|も|につきましては|については|を)、?[^。\n]{0,30}(辞退|お断り|断り|取り下げ)"),
        None
    ),
    (
        Cue::SelfIntro,
        p!(
            // 4年の石原です; not 3年かけて調べたというお話です.
            "(大学|大学院|短期大学|高専|専門学校|学部|学科|年生|(1|2|3|4|5|6|１|２|３|４|５|６|一|二|三|四|五|六)年(の|、| |　))[^。\n]{0,40}(と申します|です|でございます)",
            "と申します"
        ),
        p!(r"(?i)\bmy name is\b", r"(?i)\b(a|the) (fourth|final|third|4th|3rd|senior|graduating|second)(-| )year", r"(?i)\bstudent at\b", r"(?i)\bcalling from\b",
            r"(?i)\b(this is|I am|I'm) [^.]{0,40}\b(from|at|of) [^.]{0,40}(university|college)\b")
    ),
    (
        Cue::Thanks,
        p!("ありがとう", "感謝", "お礼", "御礼", "ありがたく"),
        p!(r"(?i)\bthank", r"(?i)\bgrateful", r"(?i)\bappreciate", r"(?i)\bgratitude")
    ),
    (
        Cue::Greeting,
        p!("お世話になっております", "お世話になります", "お世話になりました", "いつもお世話"),
        p!(r"(?i)\bhope (you are|you're|this email|this message|this finds)", r"(?i)\bgood (morning|afternoon|evening)\b")
    ),
    (
        Cue::Closing,
        p!("よろしくお願い", "宜しくお願い", "何卒", "失礼いたします", "失礼します", "ご自愛", "ご発展"),
        p!(r"(?i)\bgoodbye\b", r"(?i)\bhave a (good|nice) (day|afternoon)", r"(?i)\bthank you (for your time|again|very much)")
    ),
    (
        Cue::Thing,
        p!(
            "面談", "面接", "説明会", "座談会", "見学", "懇親会", "インターン", "研究", "授業", "講義", "ゼミ", "実験", "卒論", "論文", "卒業制作",
            "アルバイト", "バイト", "試作", "先輩", "後輩", "工場", "現場", "製品", "プロジェクト", "職種",
            "部品", "顧客", "お客様", "店舗", "店", "病院", "地域", "学会",
            "留学", "患者", "農家", "商品", "物流", "素材", "図面", "ライン", "材料",
            "装置", "機器", "作品", "番組", "記事", "祖父", "祖母", "父", "母", "友人", "家族", "子ども", "子供",
            "利用者", "住民", "漁港", "港", "駅", "電車", "書店", "新聞", "ニュース", "テレビ", "展示", "会場", "イベント", "ボランティア",
            "実家", "地元", "教室", "研究室", "図書館", "手紙", "写真", "資料", "レポート", "報告書", "被災", "災害",
            "施設", "学校", "生徒", "先生", "教授", "選手", "大会", "試合", "部活", "サークル", "ツアー", "旅行"
        ),
        p!(
            r"(?i)\b(interview|lab|laboratory|project|internship|conversation|meeting|visit|thesis|class|course|product|plant|factory|office|client|customer|engineer|manager|fleet|site|campus|seminar|prototype|patients?|hospital|store|shop|software|hardware|report|experiment|rig|supplier|grandmother|grandfather|mother|father|brother|sister|friend|professor|teacher|festival|game|book|article|news|town|village|hometown|station|train|home|school|students?|children|volunteer|shelter|farm|clinic|caregiver|nurse|driver|crew|depot|warehouse|truck|track|photo|letter|video|podcast|exhibition|competition|club|team|match)s?\b"
        )
    ),
    (
        Cue::Casual,
        p!(
            "すみません", "すいません", "ごめんなさい", "ごめん", "了解(しました|です|いたしました|しております)", "！+", "!+", "ですよね", "っす(。|ね|よ|！|!|、|か)",
            "マジ", "まじで", "ぶっちゃけ", "ヤバ", "やば(い|かった|く)", "めっちゃ", "めちゃくちゃ", "（笑）", "\\(笑\\)", "じゃないですか", "なんか",
            "やっぱり", "すごく", "ちょっと", "全然", "みたいな", "ですけど", "ますけど", "だけど",
            "(ちゃ|じゃ)(いました|います|った|って|う)"
        ),
        p!(
            r"(?i)\b(kinda|gonna|wanna|gotta|lol|guys|thx|pls|btw|tbh|yeah|yep|nope|awesome|omg|totally|super sorry|super excited)\b",
            r"(?i)\bmy bad\b", r"(?i)\bno worries\b", r"!+", r"(?i)\bhey\b", r"(?i)\b(that's|that is|it's|it is|it was|so|really|pretty|super|very) cool\b", r"(?i)\bcool, (thanks|thank you)\b", r"(?i)\bstuff\b", r":\)"
        )
    ),
    (
        Cue::DoubleKeigo,
        p!(
            "おっしゃられ", "仰られ", "ご覧になられ", "拝見させていただ", "拝見させて頂", "伺わせていただ", "伺わせて頂", "お伺いさせていただ",
            "お伺いさせて頂", "拝読させていただ", "拝聴させていただ", "申し上げさせていただ", "お召し上がりになられ",
            "お(越し|見え|帰り|戻り|会い|聞き|読み|書き|待ち|話し|考え|出かけ|持ち|使い|知り)になられ",
            "ご(覧|覧じ|出席|利用|来社|確認|検討|判断|連絡|説明|心配|存知|在籍)になられ"
        ),
        None
    ),
    (
        Cue::RaNuki,
        p!("(見|来|出|寝|着|食べ|決め|考え|信じ|起き|借り|投げ|答え|教え|変え|続け|受け|生き|降り|浴び|覚え|調べ|集め|辞め|始め|認め|伝え|迎え|見つけ|助け|避け|建て|捨て|逃げ|開け|閉め|任せ|見せ|乗り換え|勤め|努め|比べ|与え|耐え|越え|超え|出かけ|出掛け|届け|負け|分け|着替え)れ(る|ない|なかっ|ます|ません|た|て|ず|そう)"),
        None
    ),
    (Cue::Sasete, p!("させていただ", "させて頂"), None),
    (
        Cue::SaseteWrong,
        // さ入れ: godan verbs whose causative has no さ. Listed stems: 果たさせて and 減らさせて
        // (from 果たす, 減らす) are right.
        p!(
            "お待ちさせて",
            "(書か|行か|聞か|働か|読ま|休ま|伺わ|言わ|使わ|手伝わ|会わ|歌わ|帰ら|取ら|頑張ら|送ら|作ら|座ら|待た|持た|立た|選ば|学ば|呼ば|泳が|急が|死な)させて"
        ),
        None
    ),
    ]
});

/// Words that name nothing a reader could picture: feelings, decisions, the letter's own
/// business. Content words (kanji or katakana words in Japanese, longer words in English)
/// other than these are what make a sentence concrete.
pub static ABSTRACT_JA: &[&str] = &[
    "自分",
    "本当",
    "貴社",
    "御社",
    "弊社",
    "内定",
    "辞退",
    "連絡",
    "選択",
    "判断",
    "決断",
    "決定",
    "時間",
    "気持",
    "結果",
    "理由",
    "将来",
    "仕事",
    "会社",
    "企業",
    "社会",
    "人生",
    "自身",
    "今回",
    "今後",
    "本日",
    "御礼",
    "感謝",
    "大変",
    "失礼",
    "迷惑",
    "検討",
    "撤回",
    "採用",
    "活動",
    "計画",
    "意思",
    "意志",
    "後悔",
    "反省",
    "熟考",
    "必要",
    "可能",
    "状況",
    "場合",
    "以上",
    "以前",
    "現在",
    "最後",
    "最初",
    "一度",
    "再度",
    "何度",
    "様々",
    "色々",
    "多大",
    "貴重",
    "機会",
    "経験",
    "成長",
    "環境",
    "魅力",
    "挑戦",
    "貢献",
    "努力",
    "精一杯",
    "重々",
    "承知",
    "勝手",
    "身勝手",
    "未熟",
    "責任",
    "覚悟",
    "決意",
    "志望",
    "入社",
    "就職",
    "内定者",
    "人事",
    "担当者",
    "新卒",
    "弁解",
    "余地",
    "毎日",
    "日々",
    "期間",
    "本音",
    "本心",
    "気付",
    "気持",
    "心配",
    "不安",
    "安心",
    "大切",
    "重要",
    "一番",
    "本気",
    "真剣",
    "素直",
    "正直",
    "誠実",
    "丁寧",
    "十分",
    "一層",
    "改",
    "当時",
    "今",
    "後",
    "先",
    "前",
    "中",
    "方",
    "者",
    "心",
    "思",
    "考",
    "申",
    "上",
    "下",
    "日",
    "月",
    "年",
    "週",
    "時",
    "度",
    "点",
    "面",
    "件",
    "旨",
    "事",
    "物",
    "形",
    "調整",
    "準備",
    "予定",
    "負担",
    "手続",
    "影響",
    "判断力",
    "意欲",
    "熱意",
    "情熱",
    "思考",
    "姿勢",
    "価値観",
    "軸",
    "就職活動",
    "就活",
    "面談",
    "選考",
    "社員",
    "皆様",
    "先方",
    "御中",
    "貴行",
    "御行",
    "貴院",
    "御院",
    "大学",
    "学部",
    "学科",
    "四年",
    "学生",
    "先週",
    "先日",
    "昨日",
    "翌日",
    "週末",
    "今週",
    "今朝",
    "当日",
    "以来",
    "以降",
    "後日",
    "数日",
    "件",
    "電話",
    "本件",
    "再",
    "一",
    "二",
    "三",
    "四",
    "五",
    "何",
    "様",
    "皆",
    "私",
    "第",
    "歴史",
    "信頼",
    "世界",
    "舞台",
    "若手",
    "社風",
    "雰囲気",
    "業界",
    "第一線",
    "活躍",
    "活気",
    "基盤",
    "安定",
    "人柄",
    "一流",
    "大手",
    "伝統",
    "実績",
    "規模",
    "社員様",
    "風通",
    "職場",
    "社内",
    "雰囲",
    "印象",
    "魅力的",
    "充実",
    "研修",
    "制度",
    "福利厚生",
    "働",
    "温",
    "参加",
    "昨夏",
    "昨秋",
    "昨冬",
    "昨春",
    "昨年",
    "去年",
    "今年",
    "来年",
    "今春",
    "今夏",
];

/// English words too common or too abstract to picture (see [`ABSTRACT_JA`]).
pub static ABSTRACT_EN: &[&str] = &[
    "about",
    "above",
    "after",
    "again",
    "against",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "among",
    "another",
    "anyone",
    "anything",
    "apologise",
    "apologize",
    "apology",
    "around",
    "aside",
    "asked",
    "back",
    "became",
    "because",
    "become",
    "been",
    "before",
    "began",
    "being",
    "believe",
    "better",
    "between",
    "both",
    "came",
    "cannot",
    "career",
    "careful",
    "carefully",
    "caused",
    "certain",
    "chance",
    "choice",
    "clear",
    "clearly",
    "come",
    "coming",
    "company",
    "completely",
    "consider",
    "considered",
    "consideration",
    "could",
    "couldn",
    "days",
    "deal",
    "decide",
    "decided",
    "decision",
    "decisions",
    "decline",
    "declined",
    "declining",
    "deeply",
    "didn",
    "does",
    "doesn",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "either",
    "else",
    "enough",
    "especially",
    "even",
    "ever",
    "every",
    "everything",
    "exactly",
    "felt",
    "feel",
    "feeling",
    "feelings",
    "find",
    "first",
    "from",
    "future",
    "gave",
    "give",
    "given",
    "going",
    "good",
    "great",
    "grew",
    "grown",
    "grow",
    "growing",
    "happen",
    "happened",
    "hard",
    "have",
    "having",
    "heart",
    "here",
    "honest",
    "honestly",
    "hope",
    "hoping",
    "however",
    "idea",
    "important",
    "instead",
    "into",
    "itself",
    "just",
    "kind",
    "knew",
    "know",
    "known",
    "last",
    "later",
    "least",
    "less",
    "like",
    "little",
    "long",
    "longer",
    "made",
    "make",
    "making",
    "many",
    "matter",
    "maybe",
    "mean",
    "meant",
    "mind",
    "mine",
    "mistake",
    "moment",
    "more",
    "most",
    "much",
    "must",
    "myself",
    "need",
    "never",
    "next",
    "nothing",
    "offer",
    "offers",
    "once",
    "only",
    "opportunity",
    "other",
    "others",
    "over",
    "own",
    "part",
    "people",
    "perhaps",
    "person",
    "place",
    "plan",
    "plans",
    "point",
    "position",
    "really",
    "realise",
    "realised",
    "realize",
    "realized",
    "reason",
    "reasons",
    "reflect",
    "reflected",
    "reflecting",
    "reflection",
    "regret",
    "regrets",
    "right",
    "role",
    "same",
    "say",
    "seem",
    "seemed",
    "should",
    "shouldn",
    "since",
    "sincerely",
    "something",
    "sorry",
    "still",
    "strong",
    "strongly",
    "stronger",
    "such",
    "sure",
    "take",
    "taken",
    "than",
    "thank",
    "thanks",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "think",
    "thinking",
    "this",
    "those",
    "though",
    "thought",
    "thoughts",
    "through",
    "time",
    "times",
    "today",
    "together",
    "told",
    "took",
    "trouble",
    "true",
    "truly",
    "understand",
    "understood",
    "until",
    "upon",
    "very",
    "wanted",
    "want",
    "wants",
    "wasn",
    "week",
    "weeks",
    "well",
    "went",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "whole",
    "will",
    "wish",
    "with",
    "within",
    "without",
    "work",
    "working",
    "would",
    "wouldn",
    "year",
    "years",
    "your",
    "yours",
    "yourself",
    "dear",
    "truly",
    "kindly",
    "please",
    "would",
    "able",
    "ability",
    "again",
    "forward",
    "team",
    "decision",
    "answer",
    "respect",
    "accept",
    "ask",
    "asking",
    "request",
    "withdraw",
    "reconsider",
    "sincere",
    "apologies",
    "inconvenience",
    "hiring",
    "process",
    "recruiting",
    "plans",
    "extra",
    "effort",
    "again",
    "firm",
    "attracted",
    "steadily",
    "steady",
    "reputation",
    "selection",
    "everyone",
    "everybody",
    "atmosphere",
    "open",
    "environment",
    "young",
    "responsibility",
    "responsibilities",
    "early",
    "brand",
    "warm",
    "friendly",
    "values",
    "value",
    "growth",
    "return",
    "nowhere",
    "draws",
    "drew",
    "history",
    "industry",
    "supportive",
    "culture",
    "employees",
    "employee",
    "challenges",
    "challenge",
    "challenging",
    "dependable",
    "easy",
    "staff",
    "members",
    "colleagues",
    "respected",
    "welcoming",
    "stable",
    "stability",
    "opportunities",
    "leading",
    "leader",
    "famous",
    "excellent",
    "amazing",
    "wonderful",
    "nice",
    "positive",
    "dynamic",
    "innovative",
    "passionate",
    "motivated",
    "worked",
    "reliable",
    "trusted",
    "trust",
    "successful",
    "large",
    "big",
    "small",
    "best",
    "high",
    "quality",
    "world",
    "global",
    "society",
    "contribute",
    "contribution",
    "develop",
    "development",
    "professional",
    "professionally",
    "skills",
    "skill",
    "learn",
    "learning",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for p in patterns() {
            let _ = p.find_iter("");
        }
    }

    #[test]
    fn a_scan_finds_cues_in_order() {
        let hits = scan("辞退によりご迷惑をおかけし、申し訳ございません。", Lang::Ja);
        let cues: Vec<Cue> = hits.iter().map(|h| h.cue).collect();
        assert!(cues.contains(&Cue::TroubleCaused));
        assert!(cues.contains(&Cue::Apology));
        assert!(cues.contains(&Cue::Decline));
        assert!(hits
            .windows(2)
            .all(|w| w[0].range.start <= w[1].range.start));
    }

    #[test]
    fn only_here_is_not_found_inside_a_humble_request() {
        let has = |text: &str, cue: Cue| scan(text, Lang::Ja).iter().any(|h| h.cue == cue);
        assert!(!has(
            "もう一度ご検討いただけないでしょうか。",
            Cue::Exclusive
        ));
        assert!(!has("工房を見ただけでした。", Cue::Exclusive));
        assert!(has(
            "この修理を引き受けるのは貴社だけです。",
            Cue::Exclusive
        ));
        assert!(has(
            "この工場だけが、部品を一つずつ検査しています。",
            Cue::Exclusive
        ));
        // A medical corporation is 御法人 on the phone, 貴法人 in writing.
        assert!(has(
            "御法人で働かせていただけないでしょうか。",
            Cue::CompanyWord
        ));
    }
}
