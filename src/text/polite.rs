//! Plain form (だ／である／〜した。) and its polite rewrite (です／ます). A keigo letter or a call
//! to a recruiter has no plain-form sentence: drafting rewrites the student's own sentences, and
//! checking reports the ones left in a hand-edited letter.
//!
//! Without a morphological dictionary, a sentence is judged by its ending only: the polite
//! endings are few and closed, and the plain ones this module rewrites are the regular ones
//! (〜した, 〜だった, 〜ている, 〜る for a handful of verbs, 〜ない after は/が/も). An ending it
//! cannot rewrite for certain is reported but left as written.

/// Endings of a sentence in polite form (or humbler), its closing punctuation removed.
const POLITE: &[&str] = &[
    "ます",
    "ました",
    "ません",
    "ませんでした",
    "です",
    "でした",
    "でしょう",
    "でしょうか",
    "ましょう",
    "ください",
    "下さい",
    "ございます",
    "ございました",
    "ございません",
    "存じます",
    "存じました",
    "申し上げます",
    "いたします",
    "おります",
    "ませんか",
    "ますか",
    "ですか",
    "ですが",
    "ますが",
    "ですね",
    "ますね",
    "幸いです",
    "次第です",
    "所存です",
];

/// Whether a Japanese line says anything in the polite form (です, ます, ございます…), as
/// everything said to a company does: a polite form anywhere in it, where [`is_plain`] reads a
/// sentence's ending.
pub fn speaks_politely(t: &str) -> bool {
    [
        "です",
        "でし",
        "ます",
        "まし",
        "ませ",
        "ござい",
        "ください",
        "申し上げ",
        "存じ",
    ]
    .iter()
    .any(|k| t.contains(k))
}

/// Endings that end no sentence of their own: a phrase left without a verb (体言止め), an
/// address, a greeting fragment. Not plain form.
fn verbless(core: &str) -> bool {
    let last = core.chars().last();
    // A noun, a name, a number, or a quotation at the end: not a verb form to judge.
    !matches!(
        last,
        Some('た' | 'だ' | 'る' | 'う' | 'く' | 'ぐ' | 'す' | 'つ' | 'ぬ' | 'ぶ' | 'む' | 'い')
    )
}

/// Whether a sentence ends in plain form. `sentence` is one sentence, with or without its stop.
pub fn is_plain(sentence: &str) -> bool {
    let core = core(sentence);
    if core.is_empty() || POLITE.iter().any(|p| core.ends_with(p)) || verbless(core) {
        return false;
    }
    // Polite forms followed by a particle of feeling (ますね, ですよ, ますので…).
    if ["ね", "よ", "か", "が", "ので", "けど", "けれど"]
        .iter()
        .any(|p| core.ends_with(p))
    {
        return false;
    }
    true
}

/// The sentence without its closing punctuation and brackets.
fn core(sentence: &str) -> &str {
    sentence
        .trim()
        .trim_end_matches([
            '。', '．', '.', '！', '？', '!', '?', '」', '』', '）', ')', '…', '、',
        ])
        .trim_end()
}

/// Plain endings and their polite forms, longest first so that 〜ていた wins over 〜た.
const REWRITES: &[(&str, &str)] = &[
    ("ではない", "ではありません"),
    ("じゃない", "ではありません"),
    ("ていなかった", "ていませんでした"),
    ("ていた", "ていました"),
    ("ている", "ています"),
    ("てしまった", "てしまいました"),
    ("だった", "でした"),
    ("である", "です"),
    ("した", "しました"),
    ("する", "します"),
    ("しない", "しません"),
    ("できない", "できません"),
    ("できた", "できました"),
    ("できる", "できます"),
    ("はない", "はありません"),
    ("がない", "がありません"),
    ("もない", "もありません"),
    ("なかった", "ありませんでした"),
    ("見た", "見ました"),
    ("来た", "来ました"),
    ("出た", "出ました"),
    ("寝た", "寝ました"),
    ("着た", "着ました"),
    ("得た", "得ました"),
    ("思った", "思いました"),
    ("思う", "思います"),
    ("言った", "言いました"),
    ("言われた", "言われました"),
    ("知った", "知りました"),
    ("なった", "なりました"),
    ("なる", "なります"),
    ("会った", "会いました"),
    ("行った", "行きました"),
    ("伝わった", "伝わりました"),
    ("手伝った", "手伝いました"),
    ("買った", "買いました"),
    ("使った", "使いました"),
    ("戻った", "戻りました"),
    ("取った", "取りました"),
    ("作った", "作りました"),
    ("送った", "送りました"),
    ("待った", "待ちました"),
    ("立った", "立ちました"),
    ("持った", "持ちました"),
    ("分かった", "分かりました"),
    ("わかった", "わかりました"),
    ("始まった", "始まりました"),
    ("終わった", "終わりました"),
    ("選んだ", "選びました"),
    ("学んだ", "学びました"),
    ("読んだ", "読みました"),
    ("悩んだ", "悩みました"),
    ("望んだ", "望みました"),
    ("楽しんだ", "楽しみました"),
    ("進んだ", "進みました"),
    ("頼んだ", "頼みました"),
    ("取り組んだ", "取り組みました"),
    ("住んだ", "住みました"),
    ("呼んだ", "呼びました"),
    ("いた", "きました"),
    ("いだ", "ぎました"),
    ("ある", "あります"),
    ("あった", "ありました"),
    ("いる", "います"),
    ("だ", "です"),
    ("たい", "たいです"),
    ("しい", "しいです"),
];

/// Stems before た or る that make an ichidan verb (見た, 決めた, 考える, 感じる): the row of the
/// kana before the ending.
fn ichidan_stem(c: char) -> bool {
    "えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり".contains(c)
}

/// A sentence that stops on a noun (体言止め) such as 「…と伺ったこと。」: in a letter it needs
/// its copula. Returns the sentence with です added, or `None` when it needs none.
pub fn with_copula(sentence: &str) -> Option<String> {
    let trimmed = sentence.trim_end();
    let c = core(trimmed);
    let (head, tail) = trimmed.split_at(c.len());
    ["こと", "ため", "から", "もの", "ところ", "点", "方"]
        .iter()
        .any(|n| head.ends_with(n))
        .then(|| format!("{head}です{tail}"))
}

/// Spoken contractions written out (選んじゃいました → 選んでしまいました, 思っちゃった →
/// 思ってしまった), or `None` when the sentence has none.
pub fn uncontracted(sentence: &str) -> Option<String> {
    const FORMS: &[(&str, &str)] = &[
        ("ちゃいまし", "てしまいまし"),
        ("じゃいまし", "でしまいまし"),
        ("ちゃいます", "てしまいます"),
        ("じゃいます", "でしまいます"),
        ("ちゃった", "てしまった"),
        ("じゃった", "でしまった"),
        ("ちゃって", "てしまって"),
        ("じゃって", "でしまって"),
        ("ちゃう", "てしまう"),
        ("じゃう", "でしまう"),
    ];
    let mut out = sentence.to_owned();
    for (short, long) in FORMS {
        out = out.replace(short, long);
    }
    (out != sentence).then_some(out)
}

/// The polite form of a plain-form sentence, when its ending is one this module knows. The
/// sentence's stop and closing brackets are kept.
pub fn politely(sentence: &str) -> Option<String> {
    if !is_plain(sentence) {
        return None;
    }
    let trimmed = sentence.trim_end();
    let core_len = core(trimmed).len();
    let (core, tail) = trimmed.split_at(core_len);
    for (plain, polite) in REWRITES {
        if let Some(stem) = core.strip_suffix(plain) {
            // 〜いた is 書いた (書きました), but 〜ていた and 〜している are caught above; a bare
            // いた after a noun (そこにいた) is not rewritten.
            if *plain == "いた" && stem.is_empty() {
                return None;
            }
            // 〜んだ and 〜いだ are verbs in the past (飛んだ): not a noun with だ.
            if *plain == "だ" && stem.ends_with(['ん', 'い']) {
                return None;
            }
            return Some(format!("{stem}{polite}{tail}"));
        }
    }
    // Ichidan verbs: 見た → 見ました, 考える → 考えます.
    for (ending, polite) in [("た", "ました"), ("る", "ます")] {
        if let Some(stem) = core.strip_suffix(ending) {
            if stem.chars().last().is_some_and(ichidan_stem) {
                return Some(format!("{stem}{polite}{tail}"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polite_endings_are_not_plain() {
        for s in [
            "気づきました。",
            "貴社で働きたいと考えております。",
            "ご検討いただけますと幸いです。",
            "よろしくお願い申し上げます。",
            "お時間よろしいでしょうか。",
            "株式会社北斗精機",
            "「一年目から図面を任せる」というお話。",
        ] {
            assert!(!is_plain(s), "{s}");
        }
    }

    #[test]
    fn plain_sentences_are_rewritten() {
        for (plain, polite) in [
            ("内定者懇親会に参加した。", "内定者懇親会に参加しました。"),
            ("手放したと気づいた。", "手放したと気づきました。"),
            (
                "大学院の入学手続きは取りやめた。",
                "大学院の入学手続きは取りやめました。",
            ),
            ("貴社だけだった。", "貴社だけでした。"),
            ("それが私の軸である。", "それが私の軸です。"),
            (
                "先輩の話を何度も思い出した",
                "先輩の話を何度も思い出しました",
            ),
            ("研究室で試作を見た。", "研究室で試作を見ました。"),
            ("迷いはない。", "迷いはありません。"),
            ("毎日図面を描いている。", "毎日図面を描いています。"),
            ("この仕事を選んだ。", "この仕事を選びました。"),
        ] {
            assert!(is_plain(plain), "{plain}");
            assert_eq!(politely(plain).as_deref(), Some(polite), "{plain}");
        }
    }

    #[test]
    fn a_noun_at_the_end_gets_its_copula() {
        assert_eq!(
            with_copula("面接で、開発会議に参加すると伺ったこと。").as_deref(),
            Some("面接で、開発会議に参加すると伺ったことです。")
        );
        assert_eq!(with_copula("株式会社北斗精機"), None);
    }

    #[test]
    fn an_unknown_ending_is_reported_but_not_guessed() {
        assert!(is_plain("その場で泣いてしまう。"));
        assert_eq!(politely("その場で泣いてしまう。"), None);
    }

    #[test]
    fn contractions_are_written_out() {
        assert_eq!(
            uncontracted("名前の大きさで選んじゃいました。").as_deref(),
            Some("名前の大きさで選んでしまいました。")
        );
        assert_eq!(
            uncontracted("不安になっちゃって、断りました。").as_deref(),
            Some("不安になってしまって、断りました。")
        );
        assert_eq!(uncontracted("おもちゃ売り場で働きました。"), None);
        assert_eq!(uncontracted("そうじゃないと気づきました。"), None);
    }
}
