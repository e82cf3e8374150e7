//! # ra-nuki (warning)
//!
//! ## What it checks
//! ら抜き言葉: the potential form of ichidan verbs and 来る without ら. 見れる, 来れる, 出れる,
//! 寝れる, 着れる, 食べれる, 決めれる and their ない/ます/た forms. Conditionals such as 見れば
//! and 来れば are correct and not reported.
//!
//! ## Why it matters
//! It is common in speech, but business writing and a formal call use the full form; a recruiter
//! notices it in a letter that asks a favour.
//!
//! ## Example
//! ```text
//! 入社式にも出れますし、来月から研修にも来れます。
//! ```
//!
//! ## Instead
//! ```text
//! 入社式にも出られますし、来月から研修にも来られます。
//! ```

use super::{Rule, Scope};
use crate::check::signals::{pattern, Pattern};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "ra-nuki",
    severity: Severity::Warning,
    summary: "ら抜き言葉 (見れる, 来れる, 出れる, 食べれる…)",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("ra_nuki.rs"),
    patterns: &[&RA_NUKI],
};

static RA_NUKI: Pattern = pattern!(
    "(見|来|出|寝|着|食べ|決め|考え|信じ|起き|借り|投げ|答え|教え|変え|続け|受け|生き|降り|浴び|覚え|調べ|集め|辞め|始め|認め|伝え|迎え|見つけ|助け|避け|建て|捨て|逃げ|開け|閉め|任せ|見せ|乗り換え|勤め|努め|比べ|与え|耐え|越え|超え|出かけ|出掛け|届け|負け|分け|着替え)れ(る|ない|なかっ|ます|ません|た|て|ず|そう)"
);

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    if doc.lang != Lang::Ja {
        return;
    }
    for r in doc.prose_hits(&RA_NUKI).iter() {
        let phrase = &doc.prose().text[r.clone()];
        // The stem ends before the last れ of the match; insert ら there.
        let cut = phrase.rfind('れ').unwrap_or(phrase.len());
        let fixed = format!("{}ら{}", &phrase[..cut], &phrase[cut..]);
        sink.at(
            doc.prose().span(r.clone()),
            format!("ら抜き言葉です（「{phrase}」）"),
            format!("ra-nuki form ({phrase})"),
            Some(format!("「{phrase}」→「{fixed}」")),
        );
    }
}
