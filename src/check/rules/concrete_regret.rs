//! # concrete-regret (error/warning)
//!
//! ## What it checks
//! That the letter says specifically what changed after the decline and why you regret it:
//! an event, a conversation, a fact. It reads the sentences that play the *regret* role (regret,
//! realising, what happened after declining) and the paragraphs around them, and counts what a
//! reader could picture there: a time, a place or person, a quotation, a number, a name. Vague
//! phrases (いろいろ考えた結果, やはり, "after much thought", "my feelings grew stronger") and
//! distress (眠れずにおります, "I barely slept") count for nothing, and a memory of the
//! selection or of the student's childhood is why the company, not what changed.
//!
//! It reports an **error** when no sentence speaks of the regret at all, and a **warning**,
//! quoting the sentence, when the regret is there but nothing in it could be pictured.
//!
//! Nothing is reported when the learned reading is all but sure that some sentence is a concrete
//! regret (`(learned: concrete-regret …)` under `--explain`): the cues missed a paraphrase. Where
//! nothing of the kind is found but the learned reading scores some sentence 0.5 or more, the
//! finding is a warning, not an error: a sentence may play the role in words the cues do not hold.
//! And where the cues find something to picture but the learned reading scores no sentence 0.5
//! as a concrete regret and one 0.5 or more as feelings alone, it warns, quoting that sentence:
//! the details told belong to something else (the company, the selection, this call).
//!
//! ## Why it matters
//! Career advisors agree: a vague change of heart reads as a whim, and raises the company's fear
//! that you will change your mind again. A concrete reason is the one thing that can make them
//! reconsider.
//!
//! ## Example
//! ```text
//! いろいろ考えた結果、やはり貴社で働きたいと思い直しました。
//! After careful consideration, I realized I made a mistake.
//! ```
//!
//! ## Instead
//! ```text
//! 辞退のご連絡をした翌日、研究室で試作に立ち会い、選考で伺った「一年目から量産設計の
//! 図面に関わる」というお話こそ自分が求めていたものだと気づきました。
//! The day after I declined, I spent the afternoon calibrating the lidar rig for my thesis and
//! saw that this is the work your perception team does every day.
//! ```

use super::{doubted, missing_severity, quote, Rule, Scope};
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::learned::Label;
use crate::check::roles::{Reading, Role};
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "concrete-regret",
    severities: &[Severity::Error, Severity::Warning],
    summary: "say concretely what changed and why you regret the decline",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("concrete_regret.rs"),
    reads: "regret (and the paragraph around it); vague and generic phrases count for nothing; the learned concrete-regret score",
};

#[derive(Debug)]
pub enum Finding {
    /// No sentence plays the regret role; the closest one, if any.
    Missing { closest: Option<String> },
    /// The regret is there, but vague.
    Vague { sentence: String },
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Finding::Missing { closest: None }, Lang::Ja) => {
                "後悔している理由（辞退の後に何があり、何に気づいたか）が書かれていません".into()
            }
            (Finding::Missing { closest: Some(s) }, Lang::Ja) => format!(
                "後悔している理由（辞退の後に何があり、何に気づいたか）が見当たりません。近いのは「{s}」ですが、何が変わったかを語っていません"
            ),
            (Finding::Missing { closest: None }, Lang::En) => {
                "the letter never says what changed after you declined".into()
            }
            (Finding::Missing { closest: Some(s) }, Lang::En) => format!(
                "the letter never says what changed after you declined; the closest is \"{s}\", which does not"
            ),
            (Finding::Vague { sentence }, Lang::Ja) => format!(
                "後悔の理由が漠然としています（「{sentence}」には、思い浮かべられる出来事がなく、気まぐれに見えます）"
            ),
            (Finding::Vague { sentence }, Lang::En) => format!(
                "the regret is vague (\"{sentence}\" has nothing a reader could picture, so it reads as a whim)"
            ),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match (self, lang) {
            (Finding::Missing { .. }, Lang::Ja) => {
                "辞退した後の具体的な出来事と、それで何に気づいたかを一、二文で書く".into()
            }
            (Finding::Missing { .. }, Lang::En) => {
                "add one or two sentences on what happened after you declined and what it made you see".into()
            }
            (Finding::Vague { .. }, Lang::Ja) => {
                "いつ、どこで、何があって、何に気づいたのかを書く（例：辞退した翌日の研究室での出来事）".into()
            }
            (Finding::Vague { .. }, Lang::En) => {
                "name the event, the day and what you saw, e.g. \"The day after I declined, …\"".into()
            }
        })
    }
}

/// The regret's verdict on some sentences of a reading: where a finding would point (a
/// sentence index, or none for "missing") and what it is.
pub fn assess(r: &Reading) -> Option<(Severity, Option<usize>, Finding)> {
    // A script spelled out in kana hides what it tells from the reading: better unjudged
    // than misjudged.
    if r.surely_has(Label::ConcreteRegret) || r.in_kana() {
        return None;
    }
    judge(r)
}

fn by_cues(r: &Reading) -> Option<(Severity, Option<usize>, Finding)> {
    // The learned reading only doubts an event the cues found (see `assess`), and never
    // withdraws less than all but sure: on scripts in short lines it misses stories split over
    // many lines.
    let all = 0..r.sentences.len();
    // An event after the decline, told with something to picture, is the regret's story
    // whether or not a sentence names the regret ("On Sunday our orchestra gave its winter
    // concert. … the stage manager told me…").
    if all.clone().any(|i| is_event(r, i)) {
        return None;
    }
    let candidates: Vec<usize> = all.clone().filter(|&i| r.plays(i, Role::Regret)).collect();
    if candidates.is_empty() {
        // The closest: a sentence that mentions the decline or has something to picture.
        let closest = all
            .clone()
            .filter(|&i| !formula(r, i))
            .max_by_key(|&i| r.evidence(&[i]).score());
        return Some((
            missing_severity(r, Label::ConcreteRegret),
            None,
            Finding::Missing {
                closest: closest.map(|i| quote(r.text_of(i))),
            },
        ));
    }
    // The story: the paragraphs of the regret, without the sentences that only apologise,
    // ask, thank or accept, that only say the student declined, or that remember the
    // selection (what the company showed them is why this company, not what changed).
    // Concrete: something happened after the decline that a reader could picture.
    // The story is told where the regret is: its paragraph, or the one before it. A call
    // attempt this morning or a tour in July elsewhere in the letter is not what changed.
    let mut paras: Vec<usize> = Vec::new();
    for &i in &candidates {
        let p = r.letter.sentences[i].para;
        paras.push(p);
        paras.push(p.saturating_sub(1));
    }
    paras.sort_unstable();
    paras.dedup();
    // Or such a paragraph tells a scene of the student's own, rich enough to picture, even
    // without naming the day: what the company showed them is not it, unless the student
    // went and found it ("I read a news article about the flood, where your app…").
    for p in paras {
        // 貴社を志望した理由は、…: a paragraph that states the reason for the company tells
        // why this company, with the student's past that led there, not what changed.
        if r.para_sentences(p)
            .any(|i| r.hits_of(i).iter().any(|h| h.cue == Cue::Declared))
        {
            continue;
        }
        let scene: Vec<usize> = r
            .para_sentences(p)
            .filter(|&i| {
                !formula(r, i)
                    && !r.states_decline(i)
                    && !remembers(r, i)
                    && (!about_company(r, i) && !r.plays(i, Role::WhyThisCompany)
                        || r.tells_own_act(i))
                    && !only_reflects(r, i)
                    && !feels_only(r, i)
            })
            .collect();
        let e = r.evidence(&scene);
        // A scene told in many plain words (a grandfather's tea, the window blind) is one too,
        // but it takes many: a paragraph of reflection has ten words of its own as easily.
        if (e.quote || e.number || e.name) && e.things >= 4 || e.things >= 16 {
            return None;
        }
    }
    // それを聞いて、…と思いました, "Hearing that, I knew…": a realising that answers the
    // sentence before it, which tells what was heard or seen, whatever it is about (the crew of
    // the company's ferry carrying a grandmother aboard is the story, not praise).
    let answered = candidates.iter().any(|&i| {
        let j = i.wrapping_sub(1);
        i > 0
            && r.hits_of(i).iter().any(|h| h.cue == Cue::PointsBack)
            && !formula(r, j)
            && !r.states_decline(j)
            && !remembers(r, j)
            && {
                let e = r.evidence(&[j]);
                e.quote || e.number || e.name || e.things >= 6
            }
    });
    if answered {
        return None;
    }
    let vague = candidates
        .iter()
        .copied()
        .find(|&i| r.hits_of(i).iter().any(|h| h.cue == Cue::Vague))
        .unwrap_or(candidates[0]);
    Some((
        Severity::Warning,
        Some(vague),
        Finding::Vague {
            sentence: quote(r.text_of(vague)),
        },
    ))
}

/// A sentence that tells an event after the decline: a day, and something to picture in it or
/// in the sentence that follows (a place, a person, an object, a quotation, a name, a number).
/// Feelings on that day (「辞退した後、自分の気持ちと向き合いました」) are not an event.
fn is_event(r: &Reading, i: usize) -> bool {
    // No day at all, none to picture: asked first, since every sentence of a letter is asked.
    let dated = r.has_time(i) || r.hits_of(i).iter().any(|h| h.cue == Cue::Date);
    let later = r.dated_after_decline(i);
    if !dated && !later {
        return false;
    }
    if formula(r, i)
        || r.states_decline(i)
        || r.tells_cost(i)
        || remembers(r, i)
        || is_schedule(r.text_of(i))
        || r.dated_before_decline(i)
    {
        return false;
    }
    let mut told = vec![i];
    let next = i + 1;
    if next < r.sentences.len()
        && r.letter.sentences[next].para == r.letter.sentences[i].para
        && !formula(r, next)
    {
        told.push(next);
    }
    let own = r.evidence(&[i]);
    // A call that did not get through is this contact, not the story; a day spent thinking
    // is a feeling unless the sentence itself holds something to picture.
    let hits = r.hits_of(i);
    if hits.iter().any(|h| h.cue == Cue::Reaching) {
        return false;
    }
    // Feelings on a day ("Since I sent my decline, I have not felt at peace"), said in words
    // of the cues or as the learned reading takes them, need something of their own to picture.
    // A count of days or years in them (三晩, 五年後まで何度も想像して) is how long the feeling
    // lasted or how far it looked ahead; a date is a day something happened.
    if hits.iter().any(|h| h.cue == Cue::Vague) || feels_only(r, i) {
        let dated = hits.iter().any(|h| h.cue == Cue::Date);
        return own.time && (own.quote || own.name || own.number && dated);
    }
    let e = r.evidence(&told);
    (own.time || later) && (e.quote || e.number || e.name || e.things >= 2)
}

/// 「何度も考え直しました」, "I thought it over again and again": time spent thinking, with
/// nothing of its own to picture.
fn only_reflects(r: &Reading, i: usize) -> bool {
    let own = r.evidence(&[i]);
    r.hits_of(i).iter().any(|h| h.cue == Cue::Vague) && !(own.quote || own.number || own.name)
}

/// A sentence the learned reading takes for feelings rather than for anything to picture
/// ("Over the following days that quiet feeling did not go away"): many plain words of
/// reflection are not a scene.
fn feels_only(r: &Reading, i: usize) -> bool {
    let s = &r.learned()[i];
    let vague = s.of(Label::VagueRegret);
    vague >= 0.5 && vague > s.of(Label::ConcreteRegret)
}

/// A call's timing (平日 10:00〜11:30): a schedule, not a day that changed anything.
fn is_schedule(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(1))
        .any(|k| b[k] == b':' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit())
}

/// A sentence about the company itself (named, someone there, something seen there).
fn about_company(r: &Reading, i: usize) -> bool {
    r.hits_of(i).iter().any(|h| {
        matches!(
            h.cue,
            Cue::CompanyWord | Cue::CompanyName | Cue::CompanyPerson | Cue::Selection
        )
    })
}

/// A memory of the selection or of the student's long past: the interview, the tour or
/// childhood frames the sentence, before any day after the decline does
/// (「最終面接で、土曜日の相談会のお話を伺いました」).
fn remembers(r: &Reading, i: usize) -> bool {
    // 11月21日に出席した、その建設会社の内定者懇親会: a day after the decline is not the
    // selection remembered, whoever held the event.
    if r.dated_after_decline(i) {
        return false;
    }
    // The student's own long past (中学から十年間ラグビーを続け…, "As a child I…") is
    // remembered the same way: what led to the company, not what changed.
    let hits = r.hits_of(i);
    let first = |c: Cue| hits.iter().position(|h| h.cue == c);
    let framed = |c: Cue| match (first(c), first(Cue::Time)) {
        (Some(s), Some(t)) => s < t,
        (Some(_), None) => true,
        _ => false,
    };
    framed(Cue::Selection) || framed(Cue::LongAgo)
}

/// A sentence that only does what every letter does: greet, apologise, ask, thank, accept.
pub(crate) fn formula(r: &Reading, i: usize) -> bool {
    let tags = &r.sentences[i].tags;
    !tags.is_empty()
        && tags.iter().all(|t| {
            matches!(
                t.role,
                Role::Greeting
                    | Role::SelfIntroduction
                    | Role::Thanks
                    | Role::Request
                    | Role::ApologyForDisruption
                    | Role::OtherApology
                    | Role::Acceptance
                    | Role::HopeForYes
                    | Role::OfferToVisit
                    | Role::Commitment
                    | Role::Closing
            )
        })
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    if let Some((severity, at, finding)) = assess(r) {
        match at {
            Some(i) => sink.at(severity, r.span_of(i), finding),
            None => sink.missing(severity, finding),
        }
    }
}

/// The verdict on a profile's own regret, read as the letter would read it, and on a letter's
/// once [`assess`] has found the learned reading not all but sure. The profile's field is not
/// let off on that certainty: the learned reading reads each sentence with its neighbours, and
/// read alone a field can score surer than the same sentences score in the draft, whose check
/// would then find what the profile was let off.
pub fn judge(r: &Reading) -> Option<(Severity, Option<usize>, Finding)> {
    // The cues found something to picture, but the learned reading finds no concrete regret
    // and takes a sentence for feelings alone: the details belong to another part of the
    // letter (the company, the selection, this call).
    by_cues(r).or_else(|| {
        doubted(r, Label::ConcreteRegret, Label::VagueRegret, |sentence| {
            Finding::Vague { sentence }
        })
    })
}
