//! Shared detectors for the content rules: sentence classes (apology, acceptance, request…)
//! and how concrete a sentence is. Phrase lists are data (see [`super::phrase`] for the notation
//! and the search).

use std::ops::Range;

use super::document::Document;
use crate::model::Lang;

pub use super::phrase::Pattern;

/// Builds a [`Pattern`] from phrase sources (see [`super::phrase`] for the notation).
#[macro_export]
macro_rules! pattern {
    ($($p:expr),+ $(,)?) => {
        $crate::check::phrase::Pattern::new(&[$($p),+])
    };
}
pub use pattern;

/// Regret and "what changed" markers.
pub static REGRET_JA: Pattern = pattern!(
    "後悔",
    "悔や",
    "悔い",
    "思い直",
    "考え直",
    "気づ",
    "気付",
    "痛感",
    "実感",
    "思い知",
    "悟り",
    "自覚",
    "心残り",
    "未練",
    "判断が(甘|浅|誤)",
    "浅はか",
    "軽率",
    "誤り",
    "間違",
    "見誤",
    "確信",
    "はっきり",
    "辞退(を|の)?(し|申し上げ|ご連絡をし|ご連絡し|ご連絡差し上げ|ご連絡を差し上げ)た(後|あと|翌|その日)",
    "辞退(後|した後)",
    "本当に(やりたい|したい|望んで|求めて)",
    "後になって",
    "目が覚め",
    "強く思い",
    "(と|ように)思うように",
    "感じるように",
    "考えるように",
    "思い至",
    "分かりました",
    "わかりました",
    "知りました",
    "思い出し"
);
pub static REGRET_EN: Pattern = pattern!(
    r"(?i)\bregret",
    r"(?i)\breali[sz]",
    r"(?i)changed my mind",
    r"(?i)\bmistake",
    r"(?i)wrong (decision|choice)",
    r"(?i)second thoughts",
    r"(?i)it became clear",
    r"(?i)\bin hindsight",
    r"(?i)looking back",
    r"(?i)since (then|declining|i declined)",
    r"(?i)after (i )?declin",
    r"(?i)\bi knew\b",
    r"(?i)what i (really|truly) want",
    r"(?i)\bunderstood\b",
    r"(?i)now understand",
    r"(?i)\bi saw\b",
    r"(?i)what changed",
    r"(?i)after the decline",
    r"(?i)before declining",
    r"(?i)showed me",
    r"(?i)made me (see|realize|realise)",
    r"(?i)\bknowing\b",
    r"(?i)it struck me"
);

/// Phrases that say nothing concrete on their own.
pub static VAGUE_JA: Pattern = pattern!(
    "(いろいろ|色々|様々|さまざま|よく|改めて|冷静に|じっくり|自分なりに|一晩)(と)?考え(た|直した)(結果|末|ところ)",
    "熟考(の|した)(結果|末)", "熟慮(の|した)(結果|末)", "考えた(結果|末)", "やはり", "やっぱり", "なんとなく", "何となく",
    "諸事情", "一身上の都合", "気持ちが変わり", "心境の変化"
);
pub static VAGUE_EN: Pattern = pattern!(
    r"(?i)after (careful|much|long|a lot of|further|some) (consideration|thought|reflection|thinking)",
    r"(?i)after thinking (it over|a lot|about it)",
    r"(?i)i reali[sz]ed i made a mistake",
    r"(?i)(up)?on reflection",
    r"(?i)i (have )?changed my mind",
    r"(?i)for personal reasons",
    r"(?i)a change of heart"
);

pub static APOLOGY_JA: Pattern = pattern!(
    "お詫び",
    "おわび",
    "申し訳",
    "謝罪",
    "失礼を",
    "すみません",
    "すいません",
    "ごめんなさい"
);
pub static APOLOGY_EN: Pattern = pattern!(r"(?i)\bapologi[sz]", r"(?i)\bsorry\b");
pub static DISRUPTION_JA: Pattern = pattern!(
    "迷惑",
    "ご負担",
    "お手数",
    "手間",
    "調整",
    "混乱",
    "採用(計画|活動|予定|の予定|枠|スケジュール)",
    "支障",
    "ご不便",
    "お騒がせ",
    "振り回",
    "影響",
    "ご予定",
    "ご対応",
    "ご準備",
    "再募集",
    "追加(の)?募集",
    "欠員",
    "お時間を割"
);
pub static DISRUPTION_EN: Pattern = pattern!(
    r"(?i)\btrouble",
    r"(?i)inconvenien",
    r"(?i)disrupt",
    r"(?i)\bhiring\b",
    r"(?i)extra work",
    r"(?i)your (plans|team|process|schedule)",
    r"(?i)\bcaused\b",
    r"(?i)recruit"
);

pub static ACCEPT_JA: Pattern = pattern!(
    "(判断|決定|結論|結果|回答|返事|意向)[^。\n]{0,24}(受け止め|受け入れ|従い|従います|従う|尊重|承知|納得|お受け)",
    "(いかなる|どのような|どんな)(ご)?(判断|結果|決定|返事|回答|結論)",
    "(結果|判断)(が|は)どう(であれ|なろうと|あれ)"
);
pub static ACCEPT_EN: Pattern = pattern!(
    r"(?i)(respect|accept|understand) (your|the|any|whatever) (final )?(decision|outcome|answer)",
    r"(?i)whatever (you decide|your decision|the outcome)",
    r"(?i)(i will|i'll) understand if",
    r"(?i)if the (position|role) (has|is) (already )?(been )?filled[^.]*understand",
    r"(?i)the decision is (yours|entirely yours)"
);

pub static REQUEST_JA: Pattern = pattern!(
    "撤回",
    "ご検討",
    "お願い",
    "できませんでしょうか",
    "叶いませんでしょうか",
    "お許し"
);
pub static REQUEST_EN: Pattern = pattern!(
    r"(?i)reconsider",
    r"(?i)withdraw",
    r"(?i)would you consider",
    r"(?i)\bask\b",
    r"(?i)reinstat",
    r"(?i)accept (the|your) offer"
);
pub static THANKS_JA: Pattern = pattern!("ありがとう", "感謝", "お世話に");
pub static THANKS_EN: Pattern = pattern!(r"(?i)thank");

pub static COMMITMENT_JA: Pattern = pattern!(
    "他社[^。\n]{0,20}(辞退|お断り|断り)",
    "就職活動を(終え|終了)",
    "(入社|働く)[^。\n]{0,10}(固く|心に)?決め",
    "二度と[^。\n]{0,20}(辞退|迷)",
    "(入学|進学|大学院|留学)[^。\n]{0,15}(取りやめ|取り下げ|辞退|断念|取り消)",
    "迷いは(ございません|ありません)",
    "心を決め",
    "覚悟",
    "決意",
    "ほかの内定",
    "他の内定"
);
pub static COMMITMENT_EN: Pattern = pattern!(
    r"(?i)(withdrawn|withdrew|declined|turned down|let go of|told|informed)[^.]{0,50}\b(other|another)\b",
    r"(?i)(withdrawn|withdrew) (my|from) (enrollment|acceptance|application)",
    r"(?i)(have|had|'ve)( already)? (turned down|declined|withdrawn from|withdrew from) (the|my) ([a-z-]+ ){0,3}(offer|job)",
    r"(?i)(other|another) offers?[^.]{0,30}(declined|withdrawn|turned down)",
    r"(?i)i am (fully )?committed",
    r"(?i)(will not|won't) change my mind",
    r"(?i)no other offers",
    r"(?i)ended my job search",
    r"(?i)my mind is made up",
    r"(?i)i have made up my mind"
);

/// Praise that fits any company.
pub static GENERIC_JA: Pattern = pattern!(
    "成長(でき|し)(る|た)?環境",
    "成長でき",
    "風通し(の|が)(良|よ)(い|さ)?",
    "若手(から|が|のうちから)?(も)?活躍",
    "社風",
    "雰囲気",
    "アットホーム",
    "働きやすい",
    "やりがい",
    "将来性",
    "安定(性|した)",
    "福利厚生",
    "魅力を感じ",
    "理念に共感",
    "社員の(方々|皆様)が(魅力|素敵|温か|優し)",
    "人の良さ",
    "成長性",
    "チャレンジできる",
    "挑戦できる環境"
);
pub static GENERIC_EN: Pattern = pattern!(
    r"(?i)great (culture|team|people|company|place to work)",
    r"(?i)growth opportunit",
    r"(?i)opportunit(y|ies) (to|for) grow",
    r"(?i)work-life balance",
    r"(?i)(good|great|strong) reputation",
    r"(?i)innovative company",
    r"(?i)industry leader",
    r"(?i)dynamic (environment|company)",
    r"(?i)amazing (people|team|culture)",
    r"(?i)\bculture\b",
    r"(?i)friendly atmosphere"
);
pub static COMPANY_REF_JA: Pattern = pattern!(
    "貴社",
    "御社",
    "貴行",
    "御行",
    "貴院",
    "御院",
    "ならでは",
    "唯一",
    "他社には",
    "他にはない",
    "他では",
    "惹かれ",
    "働きたい",
    "入社したい",
    "志望(理由|動機)",
    "理由"
);
/// Explicit words for the company itself (not just a reason marker).
pub static COMPANY_WORD_JA: Pattern = pattern!("貴社", "御社", "貴行", "御行", "貴院", "御院");
pub static COMPANY_REF_EN: Pattern = pattern!(
    r"(?i)\byour\b",
    r"(?i)\bonly\b",
    r"(?i)unique",
    r"(?i)nowhere else",
    r"(?i)the reason",
    r"(?i)drawn to",
    r"(?i)want to (work|join|build)",
    r"(?i)\bjoin\b"
);

/// Claims that only this company has something: a reason of its own kind.
pub static EXCLUSIVE_JA: Pattern = pattern!(
    "ならでは",
    "唯一",
    "だけ",
    "他社には",
    "他にはない",
    "他では",
    "ほかにはない",
    "しかない"
);
pub static EXCLUSIVE_EN: Pattern = pattern!(
    r"(?i)\bonly\b",
    r"(?i)\bunique",
    r"(?i)nowhere else",
    r"(?i)no other",
    r"(?i)unlike (any|anything)"
);

static TIME_JA: Pattern = pattern!(
    "翌日",
    "前日",
    "当日",
    "先日",
    "昨日",
    "一昨日",
    "先週",
    "週末",
    "その日",
    "同日",
    "その夜",
    "今朝",
    "月曜",
    "火曜",
    "水曜",
    "木曜",
    "金曜",
    "土曜",
    "日曜",
    "その後",
    "帰り道"
);
static NOUN_JA: Pattern = pattern!(
    "面談",
    "面接",
    "説明会",
    "座談会",
    "見学",
    "懇親会",
    "インターン",
    "研究",
    "授業",
    "講義",
    "ゼミ",
    "実験",
    "卒論",
    "論文",
    "アルバイト",
    "試作",
    "お話",
    "言葉",
    "経験",
    "体験",
    "先輩",
    "社員",
    "工場",
    "現場",
    "製品",
    "プロジェクト",
    "配属",
    "職種",
    "部品",
    "技術",
    "設計",
    "開発",
    "顧客",
    "お客様",
    "店舗",
    "病院",
    "地域",
    "事業",
    "サービス",
    "システム",
    "データ",
    "学会",
    "留学",
    "制度",
    "研修",
    "部署",
    "チーム",
    "市場",
    "分野",
    "拠点",
    "患者",
    "農家",
    "商品",
    "物流",
    "素材",
    "ソフトウェア",
    "図面",
    "ライン",
    "材料",
    "装置",
    "機器",
    "取引",
    "店",
    "作品",
    "番組",
    "記事",
    "担当",
    "業務",
    "仕事"
);
static TIME_EN: Pattern = pattern!(
    r"(?i)the (day|week|morning|evening) (after|before)",
    r"(?i)the next (day|morning)",
    r"(?i)\byesterday\b",
    r"(?i)last (week|month|night|monday|tuesday|wednesday|thursday|friday|weekend)",
    r"(?i)\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"(?i)that (evening|night|afternoon|morning|day)",
    r"(?i)\bwhen i\b",
    r"(?i)\bduring\b"
);
static NOUN_EN: Pattern = pattern!(
    r"(?i)\b(interview|lab|laboratory|project|internship|conversation|meeting|visit|thesis|class|course|product|plant|factory|office|client|customer|engineer|manager|fleet|platform|program|programme|site|campus|seminar|research|prototype|data|code|system|tool|field|team|patients?|hospital|store|market|service|software|hardware|design|model|report|study|experiment|rig|line|supplier|partner|region|division|department|role)s?\b"
);

/// Katakana words too general to count as a concrete fact.
const KATAKANA_STOP: &[&str] = &[
    "アットホーム",
    "キャリア",
    "チャレンジ",
    "スキル",
    "イメージ",
    "モチベーション",
    "ビジョン",
    "グローバル",
    "メール",
    "ミスマッチ",
];

/// Some sentences of a document's body, with the matches of a pattern (generic praise, vague
/// regret) blanked out so they do not count as fact.
pub struct Excerpt<'d> {
    doc: &'d Document<'d>,
    ranges: Vec<Range<usize>>,
    minus: Vec<Range<usize>>,
    /// The sentences joined, blanked spans replaced by spaces.
    pub text: String,
}

impl<'d> Excerpt<'d> {
    pub fn new(doc: &'d Document<'d>, ranges: Vec<Range<usize>>, minus: &Pattern) -> Self {
        let minus = doc.body_hits(minus).into_owned();
        let mut text = String::new();
        for r in &ranges {
            let mut piece = doc.body.text[r.clone()].to_owned();
            for m in minus
                .iter()
                .filter(|m| m.start >= r.start && m.end <= r.end)
            {
                let local = m.start - r.start..m.end - r.start;
                piece.replace_range(local, &" ".repeat(m.len()));
            }
            text.push_str(&piece);
        }
        Excerpt {
            doc,
            ranges,
            minus,
            text,
        }
    }

    /// Whether a match of the body lies inside the excerpt and outside the blanked spans.
    fn holds(&self, r: &Range<usize>) -> bool {
        self.ranges
            .iter()
            .any(|w| r.start >= w.start && r.end <= w.end)
            && !self
                .minus
                .iter()
                .any(|m| m.start < r.end && r.start < m.end)
    }

    /// How many kinds of concrete evidence the excerpt holds (numbers, quotes, time anchors,
    /// concrete nouns, names): 0 means nothing a recruiter could picture. Counting stops at 2,
    /// which every rule takes as concrete enough; the cheap signs are counted first.
    pub fn concreteness(&self) -> usize {
        const ENOUGH: usize = 2;
        let s = self.text.as_str();
        let lang = self.doc.lang;
        let (time, noun) = by_lang(lang, (&TIME_JA, &NOUN_JA), (&TIME_EN, &NOUN_EN));
        // A quotation: found with vectorised searches rather than by decoding every character.
        let quoted = memchr::memchr(b'"', s.as_bytes()).is_some()
            || ["「", "『", "“"]
                .iter()
                .any(|q| memchr::memmem::find(s.as_bytes(), q.as_bytes()).is_some());
        let mut score = usize::from(quoted);
        score += usize::from(self.doc.body_hits(time).iter().any(|r| self.holds(r)));
        if score >= ENOUGH {
            return score;
        }
        let hits = self.doc.body_hits(noun);
        let mut nouns: Vec<&str> = hits
            .iter()
            .filter(|r| self.holds(r))
            .map(|r| &self.doc.body.text[r.clone()])
            .collect();
        // English nouns differ only in case at a sentence start.
        let folded = |n: &str| {
            n.bytes()
                .map(|b| b.to_ascii_lowercase())
                .collect::<Vec<u8>>()
        };
        if nouns.len() > 1 {
            nouns.sort_unstable_by_key(|n| folded(n));
            nouns.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        }
        score += nouns.len().min(2);
        let rest: [&dyn Fn(&str) -> bool; 3] = match lang {
            Lang::Ja => [&has_digit, &has_latin_name, &has_katakana_word],
            Lang::En => [&has_digit, &has_proper_noun, &|_| false],
        };
        for sign in rest {
            if score >= ENOUGH {
                break;
            }
            score += usize::from(sign(s));
        }
        score
    }
}

/// Every pattern above, for the [`super::lexicon`] (rules list their own).
pub static SHARED: &[&Pattern] = &[
    &REGRET_JA,
    &REGRET_EN,
    &VAGUE_JA,
    &VAGUE_EN,
    &APOLOGY_JA,
    &APOLOGY_EN,
    &DISRUPTION_JA,
    &DISRUPTION_EN,
    &ACCEPT_JA,
    &ACCEPT_EN,
    &REQUEST_JA,
    &REQUEST_EN,
    &THANKS_JA,
    &THANKS_EN,
    &COMMITMENT_JA,
    &COMMITMENT_EN,
    &GENERIC_JA,
    &GENERIC_EN,
    &EXCLUSIVE_JA,
    &EXCLUSIVE_EN,
    &COMPANY_REF_JA,
    &COMPANY_REF_EN,
    &COMPANY_WORD_JA,
    &TIME_JA,
    &NOUN_JA,
    &TIME_EN,
    &NOUN_EN,
];

/// Digits, or kanji numerals with a counter (一年目, 三日, 二割).
fn has_digit(s: &str) -> bool {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千'
            ) && chars.peek().is_some_and(|n| {
                matches!(
                    n,
                    '年' | '月'
                        | '日'
                        | '人'
                        | 'つ'
                        | '件'
                        | '回'
                        | '社'
                        | '名'
                        | '割'
                        | '倍'
                        | '台'
                        | 'ミ'
                        | 'キ'
                )
            })
        {
            return true;
        }
    }
    false
}

/// A katakana word of three or more characters that is not a stock word (アットホーム…).
fn has_katakana_word(s: &str) -> bool {
    let is_kata = |c: char| ('ァ'..='ヺ').contains(&c) || c == 'ー';
    let word_ok =
        |w: &str| w.chars().nth(2).is_some() && !w.starts_with('ー') && !KATAKANA_STOP.contains(&w);
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_kata(c), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                if word_ok(&s[from..i]) {
                    return true;
                }
                start = None;
            }
            _ => {}
        }
    }
    start.is_some_and(|from| word_ok(&s[from..]))
}

/// A Latin-script name or acronym inside Japanese text (Chiba, IoT, NPO).
fn has_latin_name(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_alphanumeric())
}

/// A capitalised word that does not start a sentence, a possessive name (Aozora's), or an
/// acronym: the names of people, places and products.
fn has_proper_noun(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        let mut cs = w.chars();
        let first = cs.next();
        let capital = first.is_some_and(|c| c.is_ascii_uppercase());
        let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
        let possessive = capital && w.ends_with("'s");
        let after_word = i > 0 && !words[i - 1].ends_with(['.', '!', '?', ':']);
        (capital && after_word && w != "I" && w.len() > 1) || acronym || possessive
    })
}

/// The language's version of a pattern pair.
pub fn by_lang<T>(lang: Lang, ja: T, en: T) -> T {
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

/// A sentence of the body with its text.
pub struct Sentence<'d> {
    pub range: Range<usize>,
    pub text: &'d str,
}

/// The body's sentences with their text.
pub fn sentences<'d>(doc: &'d Document) -> Vec<Sentence<'d>> {
    doc.body_sentences()
        .iter()
        .map(|r| Sentence {
            text: &doc.body.text[r.clone()],
            range: r.clone(),
        })
        .collect()
}

/// Size of a text in the unit its rules use: characters for Japanese, words for English.
pub fn size(s: &str, lang: Lang) -> usize {
    match lang {
        Lang::Ja => non_space_chars(s),
        Lang::En => words(s),
    }
}

/// `s.split_whitespace().count()`, counted on bytes when every space in `s` is ASCII.
fn words(s: &str) -> usize {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return 0;
    }
    if unicode_spaces(bytes) > 0 {
        return s.split_whitespace().count();
    }
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    // A word starts at every byte that is not a space and follows a space (or the start).
    let first = usize::from(bytes.first().is_some_and(|&b| !space(b)));
    let pairs = bytes.len().saturating_sub(1);
    let later = bytes[..pairs]
        .chunks(255)
        .zip(bytes[1..].chunks(255))
        .map(|(before, at)| {
            let n = before.iter().zip(at).fold(0u8, |n, (&p, &b)| {
                n + (u8::from(space(p)) & u8::from(!space(b)))
            });
            usize::from(n)
        })
        .sum::<usize>();
    first + later
}

/// `s.chars().filter(|c| !c.is_whitespace()).count()`, counted on bytes: every check counts the
/// body this way, and decoding each character costs more than the rest of some rules.
fn non_space_chars(s: &str) -> usize {
    let bytes = s.as_bytes();
    // A character starts at every byte that is not a UTF-8 continuation byte; ASCII spaces are
    // such bytes, so one pass counts the characters that are not ASCII space.
    let chars = count_bytes(bytes, |b| {
        b & 0xC0 != 0x80 && !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
    });
    chars - unicode_spaces(bytes)
}

/// How many white-space characters outside ASCII `bytes` holds (U+0085, U+00A0, U+1680,
/// U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), recognised by their UTF-8 bytes in
/// one vectorised pass.
fn unicode_spaces(bytes: &[u8]) -> usize {
    // Bitwise `&` and `|` instead of `&&`, `||` and `match` keep the test free of branches, so
    // the loop over zipped slices vectorises.
    fn space(a: u8, b: u8, c: u8) -> u8 {
        u8::from(
            (a == 0xC2) & ((b == 0x85) | (b == 0xA0))
                | (a == 0xE1) & (b == 0x9A) & (c == 0x80)
                | (a == 0xE2)
                    & (b == 0x80)
                    & ((0x80..=0x8A).contains(&c) | (c == 0xA8) | (c == 0xA9) | (c == 0xAF))
                | (a == 0xE2) & (b == 0x81) & (c == 0x9F)
                | (a == 0xE3) & (b == 0x80) & (c == 0x80),
        )
    }
    // Positions with two bytes after them; the last two have none and are tested with zeros.
    let full = bytes.len().saturating_sub(2);
    let mut n: usize = bytes[..full]
        .chunks(255)
        .zip(bytes.get(1..).unwrap_or_default().chunks(255))
        .zip(bytes.get(2..).unwrap_or_default().chunks(255))
        .map(|((a, b), c)| {
            let block = a
                .iter()
                .zip(b)
                .zip(c)
                .fold(0u8, |n, ((&a, &b), &c)| n + space(a, b, c));
            usize::from(block)
        })
        .sum();
    for i in full..bytes.len() {
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        n += usize::from(space(bytes[i], next(1), next(2)));
    }
    n
}

/// How many bytes satisfy `pred`. Counted in blocks of 255 with a one-byte counter, which the
/// compiler turns into vector instructions; a `usize` counter per byte stays scalar.
pub(crate) fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(pred(b)))))
        .sum()
}

/// Speaking rate: Japanese characters or English words per minute (ordinary speaker).
pub fn rate(lang: Lang) -> (usize, usize) {
    match lang {
        Lang::Ja => (250, 300),
        Lang::En => (130, 150),
    }
}

/// Estimated speaking time of the main talk, as (size, seconds at a relaxed pace, at a brisk pace).
pub fn speaking_time(doc: &Document) -> (usize, usize, usize) {
    let n = doc.body_size();
    let (slow, fast) = rate(doc.lang);
    (n, n * 60 / slow, n * 60 / fast)
}

/// 貴社 in writing, 御社 on the phone: for suggestions that quote a model sentence.
pub fn company_word(doc: &Document) -> &'static str {
    match doc.kind {
        crate::render::Kind::Email => "貴社",
        crate::render::Kind::Phone => "御社",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_counts_characters_without_spaces() {
        for text in [
            "",
            "貴社　の製品\n",
            "a b\tc\r\n",
            "\u{a0}x\u{2003}y\u{3000}",
            "é　 ñ",
            "a\u{85}b\u{1680}c\u{2000}d\u{200a}e\u{200b}f\u{2028}g\u{2029}h\u{202f}i\u{205f}j",
            "……────―※\u{2010}\u{2030}\u{2060}",
            "\u{a0}",
            "\u{2003}",
            "x\u{3000}",
        ] {
            let slow = text.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(size(text, Lang::Ja), slow, "{text:?}");
        }
    }

    #[test]
    fn size_counts_english_words_as_split_whitespace_does() {
        let long = "word ".repeat(300) + "end";
        for text in [
            "",
            " ",
            "one",
            "  two  words ",
            "a\tb\r\nc\x0Bd\x0Ce",
            "no\u{a0}break\u{2003}em space",
            "ellipsis… and a rule ────",
            "Dear Ms. Chen,\n\nThank you.\n",
            long.as_str(),
        ] {
            assert_eq!(
                size(text, Lang::En),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn all_patterns_compile() {
        for p in SHARED {
            let _ = p.is_match("");
        }
    }

    fn concreteness(text: &str, lang: Lang) -> usize {
        let doc = Document::parse(text, crate::render::Kind::Phone, lang);
        let all = 0..doc.body.text.len();
        Excerpt::new(&doc, vec![all], by_lang(lang, &GENERIC_JA, &GENERIC_EN)).concreteness()
    }

    #[test]
    fn concrete_text_scores_higher_than_vague() {
        let concrete = "辞退した翌日、研究室で試作に立ち会い、「一年目から図面を任せる」というお話を思い出しました。";
        let vague = "いろいろ考えた結果、やはり後悔しております。";
        assert!(concreteness(concrete, Lang::Ja) >= 2);
        assert_eq!(concreteness(vague, Lang::Ja), 0);
        assert!(
            concreteness(
                "The day after I declined, I visited the lab for my thesis.",
                Lang::En
            ) >= 2
        );
        assert_eq!(
            concreteness(
                "After careful consideration, I regret my decision.",
                Lang::En
            ),
            0
        );
        // Generic praise is blanked out: it is not evidence.
        assert_eq!(concreteness("貴社の社風に魅力を感じました。", Lang::Ja), 0);
    }
}
