//! What each sentence does. The letter is scanned once for every [`Cue`] of its language; the
//! hits of a sentence, its neighbours and its place in the letter decide its roles: the
//! self-introduction, the request, the regret, why this company, the apology for the
//! disruption, the acceptance of any outcome, pressure, blame… Rules read these roles and the
//! evidence behind them; they never search the text themselves.

use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use super::cues::{self, Cue, Hit};
use super::learned::{self, Label, Scores};
use super::letter::{bullet_len, Letter, Part};
use crate::text::{self, Lang, Medium};

/// What a sentence does in the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Greeting,
    SelfIntroduction,
    Thanks,
    Request,
    /// What happened after the decline, and what the student realised.
    Regret,
    /// Why it must be this company.
    WhyThisCompany,
    /// An apology for the trouble the decline caused their hiring.
    ApologyForDisruption,
    /// An apology for something else: the sudden contact, the time taken, the request.
    OtherApology,
    /// The student will accept whatever they decide.
    Acceptance,
    /// Hoping for a yes, without saying a no would be accepted.
    HopeForYes,
    /// An offer to come in person (お伺いしてお詫びを, I would be glad to visit your office).
    OfferToVisit,
    Pressure,
    Commitment,
    Blame,
    Closing,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Greeting => "greeting",
            Role::SelfIntroduction => "self-introduction",
            Role::Thanks => "thanks",
            Role::Request => "request",
            Role::Regret => "regret",
            Role::WhyThisCompany => "why-this-company",
            Role::ApologyForDisruption => "apology-for-disruption",
            Role::OtherApology => "other-apology",
            Role::Acceptance => "acceptance",
            Role::HopeForYes => "hope-for-yes",
            Role::OfferToVisit => "offer-to-visit",
            Role::Pressure => "pressure",
            Role::Commitment => "commitment",
            Role::Blame => "blame",
            Role::Closing => "closing",
        }
    }
}

/// A role of a sentence and the hits that gave it.
#[derive(Debug, Clone)]
pub struct Tag {
    pub role: Role,
    /// Indices into [`Reading::hits`].
    pub cues: Vec<usize>,
}

/// A sentence with its roles.
#[derive(Debug, Clone)]
pub struct Read {
    /// Indices into [`Reading::hits`] of the hits inside the sentence.
    pub hits: Range<usize>,
    pub tags: Vec<Tag>,
}

/// How much a reader could picture: each kind of evidence counts once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// A quotation: 「…」 or "…".
    pub quote: bool,
    /// A time: 翌日, last Monday.
    pub time: bool,
    /// A number: 0.01ミリ, three days.
    pub number: bool,
    /// A name: a product, a place, a person (katakana, capitals, 〇〇様).
    pub name: bool,
    /// Distinct things to picture: places, people, objects, activities.
    pub things: usize,
    /// Something seen or heard at the company: the interview, the tour, someone there.
    pub company: bool,
}

impl Evidence {
    /// 0 means nothing a recruiter could picture; 2 or more is concrete.
    pub fn score(&self) -> usize {
        usize::from(self.quote)
            + usize::from(self.time)
            + usize::from(self.number)
            + usize::from(self.name)
            + self.things.min(2)
            + usize::from(self.company)
    }

    fn add(&mut self, other: Evidence) {
        self.quote |= other.quote;
        self.time |= other.time;
        self.number |= other.number;
        self.name |= other.name;
        self.things += other.things;
        self.company |= other.company;
    }
}

/// A letter with every sentence's roles.
#[derive(Debug)]
pub struct Reading<'a> {
    pub letter: Letter<'a>,
    /// Every cue found in the prose, in order.
    pub hits: Vec<Hit>,
    /// One per sentence of the letter.
    pub sentences: Vec<Read>,
    /// The company's short name, from the profile or the letter.
    pub company: Option<String>,
    /// Cues found in the subject and the address block, as ranges of the original text.
    pub headline: Vec<Hit>,
    /// One per sentence: the learned reading's second opinion ([`learned`]), read when first
    /// asked for. A letter with nothing to report never needs it.
    learned: OnceLock<Vec<Scores>>,
    /// The day the letter says the student declined (month, if given, and day).
    declined_on: Option<(u32, u32)>,
}

impl<'a> Reading<'a> {
    pub fn new(letter: Letter<'a>, company: Option<String>) -> Self {
        let lang = letter.lang;
        let mut hits = cues::scan(&letter.prose.text, lang);
        let company = company.or_else(|| letter.company.clone()).or_else(|| {
            (lang == Lang::En)
                .then(|| guess_company(&letter.prose.text))
                .flatten()
        });
        for name in company_names(company.as_deref(), lang) {
            for (at, _) in letter.prose.text.match_indices(&name) {
                hits.push(Hit {
                    cue: Cue::CompanyName,
                    range: at..at + name.len(),
                });
            }
        }
        hits.sort_by_key(|h| (h.range.start, h.range.end));
        // 「先生は…とおっしゃいました」: someone outside the company, in a sentence that names
        // neither the company nor an occasion of the selection (面接, the tour), is not someone
        // met in the selection.
        // Hits are sorted by start: each sentence's are a run of them, found by bisection.
        let mut drop = vec![false; hits.len()];
        for s in &letter.sentences {
            let from = hits.partition_point(|h| h.range.start < s.range.start);
            let to = from + hits[from..].partition_point(|h| h.range.start < s.range.end);
            let own = (from..to).filter(|&k| hits[k].range.end <= s.range.end);
            let outsider = own.clone().any(|k| hits[k].cue == Cue::Outsider);
            let company = own.clone().any(|k| {
                let h = &hits[k];
                matches!(h.cue, Cue::CompanyWord | Cue::CompanyName)
                    || h.cue == Cue::Selection
                        && names_an_occasion(&letter.prose.text[h.range.clone()])
            });
            if outsider && !company {
                for k in own {
                    drop[k] |= matches!(hits[k].cue, Cue::Selection | Cue::CompanyPerson);
                }
            }
        }
        let mut k = 0;
        hits.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        // お客様の, 皆様が: customers and everyone are not someone at the company.
        let text = &letter.prose.text;
        hits.retain(|h| {
            h.cue != Cue::CompanyPerson
                || !(text[..h.range.start].ends_with("お客")
                    || text[..h.range.start].ends_with("皆"))
        });
        // 面接で伺っていたお話: 伺う told in the past is hearing, not coming in person.
        hits.retain(|h| {
            h.cue != Cue::Visit
                || !["伺っていた", "伺った", "伺いました", "伺っており"]
                    .iter()
                    .any(|p| text[h.range.clone()].starts_with(p))
        });
        let mut headline = Vec::new();
        let lines = letter
            .lines
            .iter()
            .filter(|l| l.part == Part::Address || l.part == Part::Title)
            .map(|l| l.range.clone())
            .chain(letter.subject.clone());
        for r in lines {
            const HEADLINE: &[Cue] = &[
                Cue::CompanyWord,
                Cue::Casual,
                Cue::Call,
                Cue::Offer,
                Cue::Decline,
                Cue::Request,
                Cue::Thanks,
                Cue::Regret,
            ];
            for h in cues::scan_for(&letter.text[r.clone()], lang, HEADLINE) {
                headline.push(Hit {
                    cue: h.cue,
                    range: r.start + h.range.start..r.start + h.range.end,
                });
            }
        }
        let mut reading = Reading {
            letter,
            hits,
            sentences: Vec::new(),
            company,
            headline,
            learned: OnceLock::new(),
            declined_on: None,
        };
        reading.tag_all();
        reading
    }

    pub fn lang(&self) -> Lang {
        self.letter.lang
    }

    /// The hits of sentence `i`.
    pub fn hits_of(&self, i: usize) -> &[Hit] {
        &self.hits[self.sentences[i].hits.clone()]
    }

    fn has(&self, i: usize, cue: Cue) -> bool {
        self.hits_of(i).iter().any(|h| h.cue == cue)
    }

    /// Whether sentence `i` places what it tells in time: a day or time word of its own (翌日,
    /// last Sunday), or a word that only follows on (その後, それから, "since then") from the
    /// decline, said before it in the sentence or in the sentence before, or from the letter so
    /// far when it opens a paragraph. 「母の不安はその後も収まらず」, inside a paragraph on the
    /// mother's worry, follows on from that worry, before any decline.
    pub fn has_time(&self, i: usize) -> bool {
        const FOLLOWS_ON: &[&str] = &["その後", "それから", "以来", "ところが", "since then"];
        let text = &self.letter.prose.text;
        let hits = self.hits_of(i);
        let declined_before = |at: usize| {
            hits.iter()
                .any(|d| d.cue == Cue::Decline && d.range.start < at)
                || i == 0
                || !self.same_para(i, i - 1)
                || self.has(i - 1, Cue::Decline)
        };
        hits.iter().any(|h| {
            h.cue == Cue::Time && {
                let w = text[h.range.clone()].to_lowercase();
                !FOLLOWS_ON.contains(&w.as_str()) || declined_before(h.range.start)
            }
        })
    }

    fn first(&self, i: usize, cue: Cue) -> Option<usize> {
        let r = self.sentences[i].hits.clone();
        r.clone().find(|&k| self.hits[k].cue == cue)
    }

    /// Whether hit `k` of sentence `i` is not the student asking anything of them, as the same
    /// clause says: a disclaimer ("not a reason to answer quickly", 金曜までにお返事をいただく
    /// 必要はございません) or someone else's words reported (三日以内にお返事がなければ…と告げ
    /// られ, "they told me that…"). A disclaimer in another clause does not count:
    /// 急かすつもりはございませんが、金曜までに… still presses.
    fn not_asked(&self, i: usize, k: usize) -> bool {
        let text = &self.letter.prose.text;
        let at = &self.hits[k].range;
        // The text between the hit and words that come before it (English) or after it
        // (Japanese), if they are in the same clause.
        let clause = |from: usize, to: usize| -> bool {
            let between = &text[from..to];
            between.chars().count() <= 25
                && !between.contains(['.', ';', '。', '!', '?'])
                && !between.contains(" but ")
                && !between.contains("が、")
        };
        let lang = self.lang();
        // Or within the hit: 明日以降、ご都合のよろしい日時をお知らせいただければ.
        let disclaimed = self.hits_of(i).iter().any(|d| {
            d.cue == Cue::Disclaimer
                && (at.start <= d.range.start && d.range.end <= at.end
                    // "don't feel you need to reply": a disclaimer that runs into the demand.
                    || d.range.start < at.start && at.start < d.range.end
                    || match lang {
                        Lang::En => d.range.end <= at.start && clause(d.range.end, at.start),
                        Lang::Ja => at.end <= d.range.start && clause(at.end, d.range.start),
                    })
        });
        // "I have no other offer at the moment. I'm not telling you that to ask for anything.":
        // a plea the next sentence sets aside.
        let set_aside = self.hits[k].cue == Cue::Leverage
            && i + 1 < self.sentences.len()
            && self.same_para(i, i + 1)
            && self.has(i + 1, Cue::Disclaimer);
        // "I called the other two companies and declined both of them. I have no other offer
        // now.": the other offers given up, told as a commitment, not a plea.
        // (私には、もう御社しか残っておりません and "you are all I have" still lean on them.)
        // もう、御社のほかに行く先はございません: the company named just before the hit leans
        // on them as much as one named inside it.
        let names_them = {
            let from = self.letter.sentences[i].range.start;
            let lead = text[from..at.start]
                .char_indices()
                .rev()
                .take(5)
                .last()
                .map_or(at.start, |(p, _)| from + p);
            let hit = text[lead..at.end].to_lowercase();
            ["貴社", "御社", "you"].iter().any(|w| hit.contains(w))
        };
        let committed = self.hits[k].cue == Cue::Leverage
            && !names_them
            && i > 0
            && self.same_para(i - 1, i)
            && (self.declines_another_offer(i - 1)
                || self.has(i - 1, Cue::Commitment)
                || self.has(i - 1, Cue::Decline)
                    && self.hits_of(i).iter().any(|h| {
                        h.cue == Cue::Commitment && h.range.start < at.end && at.start < h.range.end
                    }));
        let disclaimed = disclaimed || set_aside || committed;
        let reported = match lang {
            Lang::Ja => {
                let rest = &text[at.end..self.letter.sentences[i].range.end];
                REPORTED_JA
                    .iter()
                    .any(|w| rest.find(w).is_some_and(|p| clause(at.end, at.end + p)))
            }
            Lang::En => {
                let lead = &text[self.letter.sentences[i].range.start..at.start];
                REPORTED_EN.iter().any(|w| {
                    lead.rfind(w).is_some_and(|p| {
                        let from = self.letter.sentences[i].range.start + p + w.len();
                        text[from..at.start].chars().count() <= 60
                            && !text[from..at.start].contains(['.', ';'])
                    })
                })
            }
        };
        // 先方の返事の期限が迫っておりまして、…余裕がございませんでした: the other company's
        // deadline, told as what happened then.
        let sentence = self.text_of(i).trim_end_matches(['。', '」', ' ']);
        // 期限が翌12日に迫っていたのは事実です, 期限が面談の翌日まででしたので: a deadline
        // whose own clause is told in the past was, and asks nothing now (not 30日までにお返事
        // いただけましたら, a condition).
        let clause_past = || {
            let end = self.letter.sentences[i].range.end;
            let rest = &text[at.start..end];
            let clause = &rest[..rest.find(['、', '。']).unwrap_or(rest.len())];
            // 今週お伝えした内定辞退の件で: a past verb before the noun it tells of.
            [
                "ていた",
                "でした",
                "だった",
                "ました",
                "お伝えした",
                "ご連絡した",
            ]
            .iter()
            .any(|m| {
                clause
                    .match_indices(m)
                    .any(|(p, _)| !clause[p + m.len()..].starts_with(['ら', 'く', 'い']))
            })
        };
        let then = lang == Lang::Ja
            && self.hits[k].cue == Cue::Deadline
            && !self.has(i, Cue::Request)
            // …期限が11月6日に迫っており、…お電話がありました: the other company's, then.
            && ((self.has(i, Cue::OtherCompany)
                // 当時は…締め切りが重なり、…選ぶほかない状況でした: told as how it was then.
                || ["当時", "あの時", "あのとき", "その時", "そのとき"]
                    .iter()
                    .any(|w| sentence.starts_with(w)))
                && (sentence.ends_with("でした") || sentence.ends_with("ました"))
                || clause_past());
        // 年明けには…それまでに進路を決めておきたい思いもございますが、ご判断はお任せいたします:
        // a hit that runs over a clause of contrast joins the student's own plan to words that
        // leave the decision with them.
        let hit = &text[at.clone()];
        let contrast = lang == Lang::Ja
            && self.hits[k].cue == Cue::Deadline
            && ["が、", "けれど", "けれども"]
                .iter()
                .any(|w| hit.contains(w));
        // 必ず集落の寄り合いに出ると話してくださいました: what someone kindly did, told in the
        // past, not a request.
        // 来週中にご連絡くださること（…とのご指示をいただきました）: what they said they would
        // do, not what the student asks.
        let kindly_done = lang == Lang::Ja
            && (["ください", "下さい", "いただけ"]
                .iter()
                .any(|w| hit.ends_with(w))
                && text[at.end..].starts_with("まし")
                || ["くださ", "下さ"].iter().any(|w| hit.ends_with(w))
                    && ["る", "った"].iter().any(|w| text[at.end..].starts_with(w)));
        // 期限があることは以前から分かっており、…整理しきれなかったのは私自身の責任です: a
        // deadline told as the student's own failing.
        let owned = self.hits[k].cue == Cue::Deadline
            && self.has(i, Cue::OwnsIt)
            && !self.has(i, Cue::Request);
        // "Roughly when might I expect to hear from you?": a question asks, it does not demand.
        let asked = lang == Lang::En
            && self.hits[k].cue == Cue::Demand
            && self.text_of(i).trim_end().ends_with('?');
        // "I chose to answer quickly", "Their recruiter asked for my answer by the end of that
        // week", "your adjusters reached the town within two days": a hurry told in the past,
        // as what happened, asks nothing of them.
        let own_past = lang == Lang::En && {
            let words = |s: &str| -> Vec<String> {
                s.split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
                    .filter(|w| !w.is_empty())
                    .map(str::to_ascii_lowercase)
                    .collect()
            };
            let lead = &text[self.letter.sentences[i].range.start..at.start];
            let lead = words(lead.rsplit([',', ';', ':']).next().unwrap_or(lead));
            // "The technician said the only hope would be…": the plea's own words (hope) ask
            // nothing of the reader; only the words around them can.
            // A plea may run from the family named to their state ("My parents were upset
            // when I told them, and my mother has hardly slept"): its tense is its last words'.
            let leverage = self.hits[k].cue == Cue::Leverage;
            let mut own = words(&text[at.clone()]);
            if leverage {
                own.drain(..own.len().saturating_sub(4));
            }
            let clause: Vec<String> = lead.iter().cloned().chain(own.iter().cloned()).collect();
            let asks_in = if leverage { &lead } else { &clause };
            let asking = [
                "would",
                "could",
                "can",
                "will",
                "shall",
                "please",
                "hope",
                "ask",
                "appreciate",
                "grateful",
                "need",
                "must",
                "should",
                "may",
                "might",
                "let",
                "wish",
            ];
            let past = |w: &str| {
                w.len() > 3 && w.ends_with("ed") && w != "need"
                    || [
                        "chose",
                        "gave",
                        "made",
                        "had",
                        "was",
                        "were",
                        "did",
                        "felt",
                        "took",
                        "told",
                        "said",
                        "thought",
                        "went",
                        "got",
                        "sent",
                        "wrote",
                        "woke",
                        "knew",
                        "saw",
                        "understood",
                        "found",
                        "heard",
                        "began",
                        "came",
                        "left",
                        "met",
                        "became",
                        "stood",
                        "sat",
                        "spoke",
                        "kept",
                        "brought",
                        "caught",
                        "lost",
                    ]
                    .contains(&w)
            };
            // "…, and by the end of the week I could no longer tell myself…", "By the end of
            // the hour she was explaining…": the time of a story, told before what someone did
            // then.
            let after = words(&text[at.end..self.letter.sentences[i].range.end]);
            let story_after = after
                .iter()
                .take(5)
                .position(|w| ["i", "she", "he", "we", "they"].contains(&w.as_str()))
                .is_some_and(|k| {
                    after
                        .get(k + 1)
                        .is_some_and(|w| past(w) || w == "could" || w == "couldn't")
                });
            // "Your offer arrived in the same week as the deadline for my grant": their part
            // told in the past too; "your reply by Friday" asks it of them.
            let addressed = lead
                .iter()
                .any(|w| w == "you" || w == "your" && !lead.iter().any(|w| past(w)));
            !addressed
                && (story_after
                    || !asks_in.iter().any(|w| asking.contains(&w.as_str()))
                        && clause.iter().any(|w| past(w)))
        };
        // "if I don't hear, I'll understand", お返事がなければ、そのように受け止めます: a
        // silence taken as their answer, accepted; no condition on them.
        let taken_as_answer = self.hits[k].cue == Cue::Threat
            && self.hits_of(i).iter().any(|h| {
                h.cue == Cue::AcceptVerb && h.range.start >= at.end && clause(at.end, h.range.start)
            });
        // 他社の回答期限が同週に重なっており…: the other company's deadline, named as theirs,
        // sets none for this one.
        let others = lang == Lang::Ja
            && self.hits[k].cue == Cue::Deadline
            && self.hits_of(i).iter().any(|h| {
                h.cue == Cue::OtherCompany
                    && h.range.end <= at.start
                    && text[h.range.end..at.start].chars().count() <= 6
                    && !text[h.range.end..at.start].contains(['、', '。'])
            });
        // 入社までにできる準備があれば、教えていただけますでしょうか: the day they would start,
        // named for the student's own preparation, is no date set for the company.
        let by_start = self.hits[k].cue == Cue::Deadline
            && text[at.clone()].starts_with("までに")
            && ["入社", "入社日", "ご入社"]
                .iter()
                .any(|w| text[..at.start].ends_with(w));
        disclaimed
            || reported
            || then
            || contrast
            || kindly_done
            || owned
            || asked
            || own_past
            || taken_as_answer
            || by_start
            || others
    }

    /// Whether sentence `i` tells of a day or month before the one the letter declined on
    /// ("the work I saw at your plant in September", 10月の工場見学で): the selection
    /// remembered, not what changed since.
    pub fn dated_before_decline(&self, i: usize) -> bool {
        let Some((m0, d0)) = self.declined_on.filter(|&(m, _)| m != 0) else {
            return false;
        };
        let text = self.text_of(i);
        let (m, d) = match day_of(text, self.lang()) {
            Some((m, d)) if m != 0 => (m, d),
            Some(_) => return false,
            None => match month_of(text, self.lang()) {
                Some(m) => (m, 0),
                None => return false,
            },
        };
        // September before November; not December before a decline in January.
        let back = (m0 + 12 - m) % 12;
        (back == 0 && d != 0 && d < d0) || (1..6).contains(&back)
    }

    /// 「先日、内定を辞退いたしました」, "Last Thursday I declined your offer": the decline itself.
    /// A day that follows the decline (辞退した翌日, after I declined) starts an event instead.
    pub fn states_decline(&self, i: usize) -> bool {
        let hits = self.hits_of(i);
        let has = |c| hits.iter().any(|h| h.cue == c);
        let after = hits.iter().any(|h| {
            h.cue == Cue::Time && {
                let t = self.letter.prose.text[h.range.clone()].to_lowercase();
                [
                    "辞退",
                    "後",
                    "あと",
                    "翌",
                    "以来",
                    "から",
                    "ところ",
                    "たら",
                    "after",
                    "since",
                    "later",
                    "next",
                    "when",
                    "telling",
                ]
                .iter()
                .any(|w| t.contains(w))
            }
        });
        has(Cue::Decline) && !has(Cue::Realize) && !after
    }

    /// Whether sentence `i` tells of a day later than the one the letter declined on (24日に、
    /// 御社のホームページで…を読みました): what it tells happened after the decline, whatever
    /// it names. A plan for such a day is not (明日27日に、あらためてお電話いたします).
    pub fn dated_after_decline(&self, i: usize) -> bool {
        let Some((m0, d0)) = self.declined_on else {
            return false;
        };
        let later = |(m, d): (u32, u32)| {
            if m == 0 || m0 == 0 || m == m0 {
                d > d0
            } else {
                // November to December, but not December to January of the year before.
                m > m0 && m - m0 < 6
            }
        };
        // 11月2日に内定を辞退いたしましたが、11月5日に…: the decline's day, then a later one, each
        // in a clause of its own.
        self.text_of(i)
            .split(['、', ','])
            .filter_map(|clause| day_of(clause, self.lang()))
            .any(later)
            && !self.ahead(i)
    }

    /// Whether sentence `i`, or one of the next two of its paragraph, says the decision was the
    /// student's own (母からは…と言われておりました。比べて決めたのは、私自身です): someone else's
    /// part in it is then told, not blamed.
    pub fn owns_decision(&self, i: usize) -> bool {
        // "…asked me to commit early. I did so, and declined yours. The sequence was of my own
        // making": owned within the next two sentences of the paragraph.
        // "When I made that decision, my supervisor…": the time of it, not owning it.
        let owns = |j: usize| {
            let start = self.letter.sentences[j].range.start;
            self.hits_of(j).iter().any(|h| {
                let lead = self.letter.prose.text[start..h.range.start].to_lowercase();
                h.cue == Cue::OwnsIt
                    && !["when ", "before ", "after ", "once ", "as "]
                        .iter()
                        .any(|w| lead.ends_with(w))
            })
        };
        (i..(i + 3).min(self.sentences.len()))
            .take_while(|&j| self.same_para(i, j))
            .any(owns)
    }

    /// Whether sentence `i` tells something the student did, as it happened, and not in the
    /// selection: "I read a news article about the flood in Nagahama, where…" opens a scene
    /// even when what was read is about the company. In English the act leads the sentence.
    pub fn tells_own_act(&self, i: usize) -> bool {
        let start = self.letter.sentences[i].range.start;
        !self.dated_before_decline(i)
            && !self.has(i, Cue::Selection)
            && self.hits_of(i).iter().any(|h| {
                h.cue == Cue::OwnAct && (self.lang() == Lang::Ja || h.range.start == start)
            })
    }

    /// Whether sentence `i` tells what the decline cost them, with no reason to choose them
    /// in it: "my decline forced you to revise your hiring plan"; "It reopened a place you had
    /// planned for April, …" next to "I am sorry for every part of that work".
    pub fn tells_cost(&self, i: usize) -> bool {
        let sorry_next = [i.wrapping_sub(1), i + 1]
            .into_iter()
            .any(|j| j < self.sentences.len() && self.same_para(i, j) && self.has(j, Cue::Apology));
        self.has(i, Cue::Impact)
            && (self.has(i, Cue::Decline) || sorry_next)
            && ![Cue::Exclusive, Cue::Attraction, Cue::Selection]
                .into_iter()
                .any(|c| self.has(i, c))
    }

    /// Whether sentence `i` says outright that they need not hurry (急ぐ必要はございません,
    /// 私の予定はお気になさらず, "there is no rush").
    pub fn leaves_them_time(&self, i: usize) -> bool {
        self.has(i, Cue::Disclaimer)
    }

    /// Whether sentence `i` begins with a hit of `cue` (一つは、…).
    pub fn opens_with(&self, i: usize, cue: Cue) -> bool {
        let range = &self.letter.sentences[i].range;
        let said = &self.letter.prose.text[range.clone()];
        let lead = said.len() - said.trim_start_matches(['\u{3000}', ' ']).len();
        self.hits_of(i)
            .iter()
            .any(|h| h.cue == cue && h.range.start == range.start + lead)
    }

    /// Whether sentence `i` names the decline (辞退, "turned down the offer").
    pub fn names_decline(&self, i: usize) -> bool {
        self.has(i, Cue::Decline)
    }

    /// Whether sentence `i` is told wholly in the past ("The other company needed my answer by
    /// that Friday, and I had to decide", 先方から翌日までにと言われました): what happened,
    /// asking nothing of anyone now.
    pub fn told_in_past(&self, i: usize) -> bool {
        let t = self
            .text_of(i)
            .trim_end_matches(['。', '.', '」', '"', '”', ' ', '!', '！']);
        match self.lang() {
            Lang::Ja => t.ends_with('た'),
            Lang::En => {
                let lower = format!(" {} ", t.to_lowercase());
                let now = [
                    " will ",
                    "'ll ",
                    "’ll ",
                    " would ",
                    " could ",
                    " can ",
                    " please",
                    " must ",
                    " need ",
                    " needs ",
                    " hope ",
                    " am ",
                    " is ",
                    " are ",
                    "'m ",
                    "’m ",
                    "'re ",
                    " may ",
                    " might ",
                    " shall ",
                    " should ",
                    " do ",
                    " does ",
                    " has ",
                    " have ",
                    "'d be ",
                    "’d be ",
                    "'d like",
                    "’d like",
                    "'d appreciate",
                    "’d appreciate",
                ];
                let past = [
                    "ed ",
                    " had ",
                    " was ",
                    " were ",
                    " did ",
                    " told ",
                    " said ",
                    " came ",
                    " went ",
                    " gave ",
                    " made ",
                    " took ",
                    " felt ",
                    " knew ",
                    " thought ",
                ];
                !now.iter().any(|w| lower.contains(w)) && past.iter().any(|w| lower.contains(w))
            }
        }
    }

    /// Whether sentence `i` tells what the student will do (明日27日に、あらためてお電話いたし
    /// ます, "I'll call again on the 27th"): a plan, not something that happened.
    fn ahead(&self, i: usize) -> bool {
        let t = self
            .text_of(i)
            .trim_end_matches(['。', '.', '」', '"', ' ']);
        match self.lang() {
            // 気づかされた次第でございます, 気づいたのです: a copula after a past verb reports what
            // happened, however polite its ending.
            Lang::Ja => {
                let copula = ["でございます", "であります", "です"]
                    .iter()
                    .find_map(|c| t.strip_suffix(c));
                let reported = copula
                    .and_then(|s| s.strip_suffix("次第").or_else(|| s.strip_suffix('の')))
                    .is_some_and(|s| s.ends_with(['た', 'だ']));
                !reported && (t.ends_with("ます") || t.ends_with("ません"))
            }
            Lang::En => {
                let lower = t.to_lowercase();
                [" will ", "'ll ", "’ll ", " going to "]
                    .iter()
                    .any(|w| lower.contains(w))
            }
        }
    }

    /// The text of sentence `i`.
    pub fn text_of(&self, i: usize) -> &str {
        self.letter.sentence_text(&self.letter.sentences[i])
    }

    /// Sentence `i`'s range in the original text (on its first line, for a caret).
    pub fn span_of(&self, i: usize) -> Range<usize> {
        self.letter
            .prose
            .span(self.letter.sentences[i].range.clone())
    }

    /// A hit's range in the original text.
    pub fn hit_span(&self, k: usize) -> Range<usize> {
        self.letter.prose.span(self.hits[k].range.clone())
    }

    /// The hits of `cue` in the student's own words: not inside quotation marks, where a word
    /// is someone else's or only named (［確認］「拝見させていただいた」は×).
    pub fn own_hits(&self, cue: Cue) -> Vec<usize> {
        let mut quotes = text::Quotes::new(&self.letter.prose.text, 0);
        (0..self.hits.len())
            .filter(|&k| self.hits[k].cue == cue && !quotes.inside(self.hits[k].range.start))
            .collect()
    }

    /// The prose text of a hit.
    pub fn hit_text(&self, k: usize) -> &str {
        &self.letter.prose.text[self.hits[k].range.clone()]
    }

    /// Whether the letter is Japanese written almost all in kana (a script spelled out for
    /// reading aloud: おんしゃの せつめいかいで…): the words a reason or a story is known by
    /// (説明会, 製品, 工場) are hidden in sounds that neither the cues nor the learned reading
    /// know. Ordinary Japanese writes a sixth or more of its letters in kanji; such a script
    /// under a tenth.
    pub fn in_kana(&self) -> bool {
        let (kanji, kana) =
            self.letter
                .prose
                .text
                .chars()
                .fold((0usize, 0usize), |(kanji, kana), c| {
                    (
                        kanji + usize::from(text::is_kanji(c)),
                        kana + usize::from(text::is_kana(c)),
                    )
                });
        self.lang() == Lang::Ja && kana > 0 && kanji * 10 < kanji + kana
    }

    /// Whether sentence `i` plays `role`.
    pub fn plays(&self, i: usize, role: Role) -> bool {
        self.sentences[i].tags.iter().any(|t| t.role == role)
    }

    /// The sentences that play `role`, in order.
    pub fn with_role(&self, role: Role) -> impl Iterator<Item = usize> + '_ {
        (0..self.sentences.len()).filter(move |&i| self.plays(i, role))
    }

    /// Every sentence's learned scores, in order.
    pub fn learned(&self) -> &[Scores] {
        self.learned.get_or_init(|| {
            let names: Vec<Range<usize>> = self.company_name_ranges().collect();
            learned::read(&self.letter, &names)
        })
    }

    /// Where the company's name is in the prose, in order.
    pub fn company_name_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.hits
            .iter()
            .filter(|h| h.cue == Cue::CompanyName)
            .map(|h| h.range.clone())
    }

    /// The sentence the learned reading finds most likely to carry `label`, with its score.
    pub fn learned_best(&self, label: Label) -> Option<(usize, f32)> {
        self.learned_best_of(label, |_| true)
    }

    /// The same among the sentences `keep` lets through; the first of equal scores.
    fn learned_best_of(&self, label: Label, keep: impl Fn(usize) -> bool) -> Option<(usize, f32)> {
        self.learned()
            .iter()
            .map(|s| s.of(label))
            .enumerate()
            .filter(|&(i, _)| keep(i))
            .fold(None, |best, (i, p)| match best {
                Some((_, q)) if q >= p => best,
                _ => Some((i, p)),
            })
    }

    /// Whether the learned reading is all but sure that some sentence carries `label`: a
    /// finding that says the letter lacks it would then be the cues' blind spot.
    pub fn surely_has(&self, label: Label) -> bool {
        self.surely(label).is_some()
    }

    /// The sentence the learned reading is surest carries `label`, if it is sure of it (see
    /// [`Label::sure`]).
    pub fn surely(&self, label: Label) -> Option<usize> {
        self.learned_best(label)
            .filter(|&(_, p)| p >= label.sure())
            .map(|(i, _)| i)
    }

    /// Whether the learned reading finds a sentence that may carry `label` (a score of 0.5 or
    /// more).
    pub fn may_have(&self, label: Label) -> bool {
        self.learned_best(label)
            .is_some_and(|(_, p)| p >= learned::LIKELY)
    }

    /// The sentence the learned reading takes for `instead` (a score of 0.5 or more) in a
    /// letter where no sentence is likely to carry `wanted` (all score under
    /// [`Label::doubted`]): praise that fits any company where a reason of its own was wanted,
    /// feelings alone where a regret one could picture was wanted. Branches and the other
    /// side's lines are not searched for `instead`.
    pub fn doubts(&self, wanted: Label, instead: Label) -> Option<usize> {
        let (_, best) = self.learned_best(wanted)?;
        if best >= wanted.doubted() {
            return None;
        }
        // An answer kept ready for a question (「なぜ辞退したのか」→ …) or the other side's
        // words are not what the letter itself tells.
        // "I declined your offer on 22 November, and I deeply regret it": the decline stated,
        // with the regret every letter names, is not the regret's story told as feelings.
        self.learned_best_of(instead, |i| {
            let told = !matches!(
                self.letter.sentences[i].part,
                Part::Branch | Part::Other | Part::Note
            );
            let decline_stated = instead == Label::VagueRegret && self.states_decline(i);
            told && !decline_stated
        })
        .filter(|&(_, p)| p >= learned::LIKELY)
        .map(|(i, _)| i)
    }

    /// The tag of `role` on sentence `i`.
    pub fn tag(&self, i: usize, role: Role) -> Option<&Tag> {
        self.sentences[i].tags.iter().find(|t| t.role == role)
    }

    /// Whether an acceptance in sentence `i` is taken back: a phone script's branch for their
    /// no that, after "I understand", asks again ("…please give me one more chance").
    pub fn taken_back(&self, i: usize) -> bool {
        self.letter.sentences[i].part == Part::Branch
            && (i + 1..self.sentences.len())
                .take_while(|&j| self.same_para(i, j))
                .any(|j| self.plays(j, Role::Request))
    }

    /// The line sentence `i` starts on.
    fn line_of(&self, i: usize) -> usize {
        let start = self
            .letter
            .prose
            .span(self.letter.sentences[i].range.clone())
            .start;
        self.letter
            .lines
            .partition_point(|l| l.full.start <= start)
            .saturating_sub(1)
    }

    /// Whether sentence `i` is an item of a list whose heading asks why this company ("Why
    /// Bitlantern, not just any coding school:", 「御社でなければならない理由」): the heading
    /// names the company, so its items need not.
    fn under_reason_heading(&self, i: usize) -> bool {
        let lines = &self.letter.lines;
        let indent = |l: usize| {
            let full = &self.letter.text[lines[l].full.clone()];
            full.len() - full.trim_start().len()
        };
        // A list item: its mark taken off by the reader, or still on it (・, -).
        let item = |l: usize| lines[l].item || bullet_len(self.letter.line_text(l)) > 0;
        let at = self.line_of(i);
        if !item(at) {
            return false;
        }
        let depth = indent(at);
        // Back over the list's first few items to the line above them: a line that is no
        // item, or an item it is indented under (`- Why Bitlantern:` over `  - only…`).
        let Some(h) = (at.saturating_sub(8)..at)
            .rev()
            .find(|&l| lines[l].part != Part::Blank && (!item(l) || indent(l) < depth))
        else {
            return false;
        };
        let t = self.letter.line_text(h).trim();
        let t = t.trim_start_matches(['・', '-', '•', '*', '■', '□', '◆', '●', '【']);
        let t = t.trim_end_matches(['】']).trim();
        let lang = self.lang();
        // A heading is short and ends with no full stop.
        let short = match lang {
            Lang::Ja => t.chars().count() <= 40,
            Lang::En => t.split_whitespace().count() <= 12,
        };
        if !short || t.ends_with(['。', '.', '！', '？', '!', '?']) {
            return false;
        }
        let named = !cues::scan_for(t, lang, &[Cue::CompanyWord]).is_empty()
            || company_names(self.company.as_deref(), lang)
                .iter()
                .any(|n| t.contains(n.as_str()));
        match lang {
            Lang::Ja => {
                (t.contains("理由") || t.starts_with("なぜ"))
                    && (named || !cues::scan_for(t, lang, &[Cue::Declared]).is_empty())
            }
            Lang::En => {
                let mut words = t.split_whitespace();
                let first = words.next().unwrap_or("");
                // "Why you", "Why Kinari Atelier:": the one asked about is the company.
                let next = words.next().map(bare_word).unwrap_or("");
                first.eq_ignore_ascii_case("why")
                    && (named
                        || next.eq_ignore_ascii_case("you")
                        || next.starts_with(|c: char| c.is_ascii_uppercase()) && next != "I")
            }
        }
    }

    /// Whether sentences `i` and `j` are in the same paragraph.
    fn same_para(&self, i: usize, j: usize) -> bool {
        self.letter.sentences[i].para == self.letter.sentences[j].para
    }

    /// The sentences of paragraph `p` (paragraphs are numbered in reading order).
    pub fn para_sentences(&self, p: usize) -> Range<usize> {
        let s = &self.letter.sentences;
        let start = s.partition_point(|x| x.para < p);
        let end = s.partition_point(|x| x.para <= p);
        start..end
    }

    /// The sentences of the paragraphs that hold any of `seeds`.
    pub fn paragraphs_of(&self, seeds: &[usize]) -> Vec<usize> {
        let paras: std::collections::HashSet<usize> = seeds
            .iter()
            .map(|&s| self.letter.sentences[s].para)
            .collect();
        (0..self.sentences.len())
            .filter(|&i| paras.contains(&self.letter.sentences[i].para))
            .collect()
    }

    fn tag_all(&mut self) {
        let n = self.letter.sentences.len();
        let mut k = 0;
        for s in &self.letter.sentences {
            while k < self.hits.len() && self.hits[k].range.start < s.range.start {
                k += 1;
            }
            let start = k;
            let mut end = k;
            while end < self.hits.len() && self.hits[end].range.start < s.range.end {
                end += 1;
            }
            self.sentences.push(Read {
                hits: start..end,
                tags: Vec::new(),
            });
        }
        // The request may be where the day is told (11月20日にお伝えした内定辞退を、撤回…):
        // a day before the decline's word, with no deadline in the sentence.
        let told_before_decline = |i: usize| {
            let text = self.text_of(i);
            let decline = self.first(i, Cue::Decline)?;
            let before = self.hits[decline].range.start - self.letter.sentences[i].range.start;
            (!self.has(i, Cue::Deadline))
                .then(|| day_of(text.get(..before)?, self.lang()))
                .flatten()
        };
        // In Japanese the day of an act comes before its verb: 「辞退は…判断したうえでの
        // ことでしたが、11月12日に研究室で…」 tells a later day after the decline's word, so a day
        // before the word is taken first, in any sentence that names the decline.
        let names = |i: &usize| self.has(*i, Cue::Decline) && !self.has(*i, Cue::Request);
        let asks = |i: &usize| self.has(*i, Cue::Request);
        let before_word =
            |which: &dyn Fn(&usize) -> bool| (0..n).filter(which).find_map(told_before_decline);
        let any_day = || {
            (0..n)
                .filter(names)
                .find_map(|i| day_of(self.text_of(i), self.lang()))
        };
        self.declined_on = if self.lang() == Lang::Ja {
            before_word(&names)
                .or_else(|| before_word(&asks))
                .or_else(any_day)
        } else {
            any_day().or_else(|| before_word(&asks))
        };
        for i in 0..n {
            let tags = self.roles_of(i);
            self.sentences[i].tags = tags;
        }
    }

    /// The tag for `role` made of the first hit of each cue in `cues` that the sentence has.
    fn tag_of(&self, i: usize, role: Role, cues: &[Cue]) -> Tag {
        Tag {
            role,
            cues: cues.iter().filter_map(|&c| self.first(i, c)).collect(),
        }
    }

    /// "Only Mizuho Grid lets new analysts…": in a text that does not say which company it
    /// writes to, a name that only one company fits is that company.
    fn only_a_name(&self, i: usize) -> bool {
        self.hits_of(i).iter().any(|h| {
            h.cue == Cue::Exclusive && {
                let text = &self.letter.prose.text;
                let said = text[h.range.clone()].trim().to_ascii_lowercase();
                let next = text[h.range.end..].split_whitespace().next().unwrap_or("");
                said == "only"
                    && next.len() > 1
                    && next.starts_with(|c: char| c.is_ascii_uppercase())
                    && !matches!(next, "I" | "I'm" | "I've")
            }
        })
    }

    /// The cues of the label or the other side's line that a phone sentence answers: a line
    /// said under "■ 難しいと言われたとき" or after "We cannot reconsider." answers a no.
    fn answers_a_no(&self, i: usize) -> bool {
        let part = self.letter.sentences[i].part;
        if self.letter.medium != Medium::Phone || !matches!(part, Part::Branch | Part::Talk) {
            return false;
        }
        let line = self.line_of(i);
        let lang = self.lang();
        // The label or line answered is close above; a long section answers nothing.
        for l in self.letter.lines[..line].iter().rev().take(12) {
            match l.part {
                Part::Label | Part::Other => {
                    let t = &self.letter.text[l.range.clone()];
                    return !cues::scan_for(t, lang, &[Cue::Concession]).is_empty()
                        || t.contains("断られ")
                        || t.to_lowercase().contains(" no");
                }
                Part::Blank | Part::Note => continue,
                _ if l.part.is_prose() && l.turn => return false,
                _ => continue,
            }
        }
        false
    }

    fn roles_of(&self, i: usize) -> Vec<Tag> {
        use Cue as C;
        let has = |c| self.has(i, c);
        let mut tags = Vec::new();
        let mut add = |role, cues: &[Cue]| tags.push(self.tag_of(i, role, cues));
        if has(C::Greeting) {
            add(Role::Greeting, &[C::Greeting]);
        }
        if has(C::SelfIntro) {
            add(Role::SelfIntroduction, &[C::SelfIntro]);
        }
        if has(C::Thanks) {
            add(Role::Thanks, &[C::Thanks]);
        }
        // Acceptance: accepting, with any outcome or their decision in view.
        let accept = has(C::AcceptVerb);
        let outcome_in_view = has(C::Concession)
            || has(C::Decision)
            || i.checked_sub(1)
                .is_some_and(|j| self.same_para(i, j) && self.has(j, C::Concession))
            || self.answers_a_no(i);
        // お返事はいつでも構いません: the time of their answer left to them, not its outcome.
        let accepts = accept && outcome_in_view && (has(C::Concession) || !has(C::Disclaimer));
        // Thanking for the yes ("thank you for allowing me to accept the offer") or accepting
        // the no ("I understand you cannot reinstate the offer") asks nothing.
        // Thanks on a condition ("I'd be grateful if you would consider letting me withdraw my
        // decline") is how the request is put; thanks for something done is not a request.
        let prose = &self.letter.prose.text;
        let thanks_given = self.hits_of(i).iter().any(|t| {
            t.cue == C::Thanks && {
                let after = prose[t.range.end..].trim_start_matches(|c: char| c.is_alphabetic());
                !(after.starts_with(" if ") || after.starts_with(" it if "))
            }
        });
        let request = has(C::Request) && !thanks_given && !accepts;
        if request {
            add(Role::Request, &[C::Request]);
        }
        // Apologies: for the disruption when the sentence (or a neighbour it refers back to)
        // names what the decline cost them; otherwise for something else.
        let apology = has(C::Apology);
        let neighbour_impact = || {
            [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
                j < self.sentences.len()
                    && self.same_para(i, j)
                    && (self.has(j, C::TroubleCaused)
                        || self.has(j, C::Impact) && !self.has(j, C::Contact))
            })
        };
        // 突然のご連絡となり、ご迷惑をおかけして申し訳ございません: trouble named only with the
        // contact itself, not the decline or their hiring, is an apology for the contact.
        let contact_only = has(C::Contact) && !has(C::Decline) && self.count(i, C::Impact) < 2;
        let for_disruption = has(C::TroubleCaused) && !contact_only
            || apology
                && (has(C::Impact) && !has(C::Contact)
                    || has(C::Impact) && self.count(i, C::Impact) >= 2
                    || !has(C::Contact) && !has(C::Impact) && neighbour_impact());
        if for_disruption {
            add(
                Role::ApologyForDisruption,
                &[C::TroubleCaused, C::Apology, C::Impact, C::Decline],
            );
        } else if apology {
            add(Role::OtherApology, &[C::Apology, C::Contact]);
        }
        if accepts {
            add(
                Role::Acceptance,
                &[C::AcceptVerb, C::Concession, C::Decision],
            );
        } else if has(C::HopeForYes) {
            add(Role::HopeForYes, &[C::HopeForYes]);
        }
        if has(C::Visit) {
            add(Role::OfferToVisit, &[C::Visit]);
        }
        // A condition is a threat only when it is not the acceptance itself (「お受けいただけない
        // 場合も、そのご判断を受け止めます」).
        let pressure: &[Cue] = if accepts {
            &[C::Deadline, C::Compare, C::Leverage, C::Lobbying, C::Demand]
        } else {
            &[
                C::Deadline,
                C::Threat,
                C::Compare,
                C::Leverage,
                C::Lobbying,
                C::Demand,
            ]
        };
        // 他社から「今週中にお返事がなければ…」と言われ: a deadline in someone's quoted words
        // is theirs, told as what happened.
        let mut quotes = text::Quotes::new(
            &self.letter.prose.text,
            self.letter.sentences[i].range.start,
        );
        let pressing = self.sentences[i].hits.clone().any(|k| {
            pressure.contains(&self.hits[k].cue)
                && !quotes.inside_kagi(self.hits[k].range.start)
                && !self.not_asked(i, k)
        });
        // 必ずご期待に応えてまいります。ですから、どうか今一度ご検討いただけないでしょうか:
        // a promise the request is made on the strength of ("I promise to exceed your
        // expectations, so please…") trades it for a yes.
        let bargain = has(C::Promise) && {
            let promise_end = self.sentences[i]
                .hits
                .clone()
                .filter(|&k| self.hits[k].cue == C::Promise)
                .map(|k| self.hits[k].range.end)
                .min()
                .unwrap_or(0);
            let end = self.letter.sentences[i].range.end;
            let after = self.letter.prose.text[promise_end.min(end)..end].to_lowercase();
            let so_asked = has(C::Request)
                && [
                    "ので",
                    "から",
                    "ため",
                    " so ",
                    "therefore",
                    "which is why",
                    "that is why",
                ]
                .iter()
                .any(|w| after.contains(w))
                || [
                    " so please",
                    "so, please",
                    "ですから、どうか",
                    "だから、どうか",
                ]
                .iter()
                .any(|w| after.contains(w));
            let next_asks = i + 1 < self.sentences.len()
                && self.same_para(i, i + 1)
                && self.has(i + 1, C::Request)
                && {
                    let next = self.text_of(i + 1).trim_start();
                    [
                        "ですから",
                        "だから",
                        "ですので",
                        "なので",
                        "それゆえ",
                        "So,",
                        "So please",
                        "So I ",
                        "Therefore",
                        "That is why",
                        "That's why",
                        "This is why",
                    ]
                    .iter()
                    .any(|w| next.starts_with(w))
                };
            so_asked || next_asks
        };
        if pressing || bargain {
            let mut cues: Vec<Cue> = if pressing {
                pressure.to_vec()
            } else {
                Vec::new()
            };
            if bargain {
                cues.push(C::Promise);
            }
            add(Role::Pressure, &cues);
        }
        if has(C::Commitment) || self.declines_another_offer(i) {
            add(Role::Commitment, &[C::Commitment, C::OfferDeclined]);
        }
        // Blame is about the decline: someone else's doing given as its cause (「…と勧められた
        // ため」, "…, so I gave in") or leading to it (「…と言われ、辞退を決めました」).
        // Someone named inside another's quoted words (『この誤差が先生の手の震えになる』と
        // 言われた) is not the one who spoke.
        let mut quotes = text::Quotes::new(
            &self.letter.prose.text,
            self.letter.sentences[i].range.start,
        );
        let blame_hit = self.sentences[i]
            .hits
            .clone()
            .map(|k| &self.hits[k])
            .find(|h| h.cue == C::Blame && !quotes.inside(h.range.start));
        let blame_at = blame_hit.map(|h| h.range.start);
        // 弟に何か言われたわけではございません: someone's part named only to be denied.
        // （伝言を、と言われたら）: a case the script prepares for.
        // 母から、辞退した会社の話ばかりしていると言われ、…ようやく気付きました: words that led
        // to a realisation, with no decision after them.
        let blame_end = blame_hit.map_or(0, |h| h.range.end);
        let case = blame_hit.is_some_and(|h| {
            self.letter.prose.text[h.range.clone()].contains("われたら")
                || self.letter.prose.text[h.range.end..].starts_with("たら")
        });
        let after = |c: C| {
            self.hits_of(i)
                .iter()
                .any(|h| h.cue == c && h.range.start >= blame_end)
        };
        // (Not a blame put as what might have been: 急かされていなければ、御社を選んでいたと
        // 思います.)
        let rest = &self.letter.prose.text[blame_end.max(self.letter.sentences[i].range.start)
            ..self.letter.sentences[i].range.end];
        let led_to_realising = blame_hit.is_some()
            && ["気付", "気づ", "気がつ", "悟"]
                .iter()
                .any(|w| rest.contains(w))
            && !["ければ", "いれば"].iter().any(|w| rest.contains(w))
            && !after(C::Decline)
            && !after(C::Chose);
        let blame_at = blame_at.filter(|&at| {
            !case
                && !led_to_realising
                && !self
                    .hits_of(i)
                    .iter()
                    .any(|h| h.cue == C::Disclaimer && h.range.start > at)
        });
        let decided_after = blame_at.is_some_and(|at| {
            self.hits_of(i)
                .iter()
                .any(|h| matches!(h.cue, C::Decline | C::Chose) && h.range.start > at)
        });
        // 辞退の翌日 dates a scene after the decline; it says nothing of why. (辞退いたしました
        // のは、入社後の… runs on past a comma: the decline, then another clause.)
        let declines = self.hits_of(i).iter().any(|h| {
            h.cue == C::Decline
                && !self.hits_of(i).iter().any(|t| {
                    t.cue == C::Time
                        && t.range.start <= h.range.start
                        && h.range.end <= t.range.end
                        && !self.letter.prose.text[t.range.clone()].contains('、')
                })
        });
        let about_decision = declines || has(C::Chose);
        // Or the sentence next to it gives the decline's reason (「辞退したのは…からです。
        // 就職課の方に…と言われ、」, "…, and that is why I declined"); words heard after
        // the decline (辞退の翌週、先生から…と言われました) are the regret's story instead.
        let reason_nearby = !has(C::Time)
            && (i.saturating_sub(2)..(i + 4).min(self.sentences.len())).any(|j| {
                // The reason given just before (in a phone script often the line before), or
                // after in the same paragraph ("…, and that is why I declined", up to three
                // sentences on: "… never explained to me. I could not picture a week there.
                // My fear grew. In the end, that is why I declined.").
                (j < i && self.letter.sentences[j].part == self.letter.sentences[i].part
                    || j > i && self.same_para(i, j))
                    && self.has(j, C::Decline)
                    && self.has(j, C::Because)
            });
        // Giving in to someone (その言葉に従ってしまいました) is the decision handed over.
        // (経過を共有するよう助言を受けたためです: advice to do something else, with no decision
        // in the sentence, hands nothing over.)
        let advised_otherwise = |h: &Hit| {
            let before =
                &self.letter.prose.text[self.letter.sentences[i].range.start..h.range.start];
            before.ends_with("よう") && !about_decision
        };
        let yielded = self
            .hits_of(i)
            .iter()
            .any(|h| h.cue == C::Yielded && !advised_otherwise(h));
        // "That evening my grandmother told me she wanted me to take the job I had chosen
        // first": words heard at a time told before them, with no decline in the sentence, are
        // the regret's story.
        // So are words heard on a day after the decline (24日、…先生に『…』と言われました).
        // And words heard in a scene the paragraph has dated after the decline ("On Saturday
        // 7 November I visited my grandmother… My grandmother told me that…").
        // ("After that conversation I didn't feel I had much of a choice" names no one who
        // spoke: a time before it is when the student gave up the choice, not a story heard.)
        let someone = |j: usize| self.has(j, C::Outsider) || self.has(j, C::OtherCompany);
        let heard_later = !declines
            && (someone(i)
                && self
                    .first(i, C::Time)
                    .zip(blame_at)
                    .is_some_and(|(k, at)| self.hits[k].range.start < at)
                || (i.saturating_sub(3)..=i)
                    .any(|j| self.same_para(i, j) && self.dated_after_decline(j)));
        // Giving in needs no word for the decline when the one given in to is named there or
        // just before ("My professor insisted…, and I followed him").
        let gave_in_to_someone =
            yielded && (someone(i) || i > 0 && self.same_para(i, i - 1) && someone(i - 1));
        if (blame_at.is_some() || yielded)
            && !self.owns_decision(i)
            && !heard_later
            && (about_decision && (yielded || has(C::Because) || decided_after)
                || reason_nearby
                || gave_in_to_someone)
        {
            add(Role::Blame, &[C::Blame, C::Yielded]);
        }
        // The regret: regret or realising, vague feelings, or an event after the decline.
        // A dated visit or talk (22日に、祖母を訪ねました) is one too, unless the date is the
        // decline's own or the selection's. Other offers declined since are the commitment, not
        // the story.
        // Where the letter gives the decline's day, a later day is after it (24日に、御社の
        // ホームページで…を読みました), whatever the sentence names.
        let dated = !has(C::Decline)
            && (has(C::Date) && has(C::Thing) && !has(C::Selection) || self.dated_after_decline(i));
        // The day of the decline itself (先日、内定を辞退いたしました件で, "the offer I declined
        // last Thursday") is no event after it.
        let event_after = (self.has_time(i) && (has(C::Decline) || has(C::Thing)) || dated)
            && !self.declines_another_offer(i)
            && !self.states_decline(i);
        // そのときは、ご判断を受け止め、自分の進路を改めて考えます: accepting a no and
        // thinking again about what comes after is not a regret, unless it says one.
        let regret = if accepts {
            has(C::Regret)
        } else {
            has(C::Regret) || has(C::Realize) || has(C::Vague) || event_after
        };
        if regret && !(request && !has(C::Regret) && !has(C::Realize)) {
            add(
                Role::Regret,
                &[
                    C::Regret,
                    C::Realize,
                    C::PointsBack,
                    C::Vague,
                    C::Time,
                    C::Date,
                ],
            );
        }
        // Why this company: the company, someone there or something seen there, with a reason
        // or a fact; not a sentence that only apologises, asks, thanks or accepts.
        // About this company: named, or someone or something seen there, in a paragraph that
        // is not about the company the student chose instead.
        let named = has(C::CompanyWord) || has(C::CompanyName);
        let about_other = |j: usize| {
            self.has(j, C::OtherCompany)
                && !self.has(j, C::CompanyWord)
                && !self.has(j, C::CompanyName)
        };
        // The other company of the sentence before carries over, unless this one opens a
        // scene of its own (「22日に面接のメモを読み返していて、岡島様の…」).
        let new_scene = self.has_time(i) || has(C::Date);
        let other = !named
            && (about_other(i)
                || i > 0 && self.same_para(i, i - 1) && about_other(i - 1) && !new_scene);
        let about_company = named
            || (has(C::CompanyPerson) || has(C::Selection)) && !other
            || self.company.is_none() && self.only_a_name(i)
            || self.under_reason_heading(i);
        let reason = has(C::Exclusive)
            || has(C::Attraction)
            || has(C::Selection)
            || has(C::Generic)
            || has(C::Thing)
            || {
                let e = self.company_evidence(i);
                e.quote || e.name || e.number || e.things >= 2
            };
        let formula = tags.iter().any(|t| {
            matches!(
                t.role,
                Role::ApologyForDisruption
                    | Role::OtherApology
                    | Role::Acceptance
                    | Role::Thanks
                    | Role::SelfIntroduction
                    | Role::Greeting
                    | Role::Request
                    | Role::OfferToVisit
                    | Role::Commitment
            )
        });
        let strong_reason = has(C::Exclusive) || has(C::Attraction) || has(C::Selection);
        // Not a reason for the company: who pushed the student to decline.
        let blames = tags.iter().any(|t| t.role == Role::Blame);
        // Nor what the decline cost them.
        let cost = self.tells_cost(i);
        if about_company
            && reason
            && !has(C::Reaching)
            && !blames
            && !cost
            && (!formula || strong_reason && !apology)
        {
            tags.push(self.tag_of(
                i,
                Role::WhyThisCompany,
                &[
                    C::CompanyWord,
                    C::CompanyName,
                    C::CompanyPerson,
                    C::Selection,
                    C::Exclusive,
                    C::Attraction,
                    C::Generic,
                ],
            ));
        }
        if has(C::Closing) && tags.is_empty() {
            tags.push(self.tag_of(i, Role::Closing, &[C::Closing]));
        }
        tags
    }

    fn count(&self, i: usize, cue: Cue) -> usize {
        self.hits_of(i).iter().filter(|h| h.cue == cue).count()
    }

    /// 「商社の内定は、すでに辞退いたしました」: another offer declined. The company being
    /// written to is not named before it (「貴社の内定を辞退した」 is the decline being undone).
    fn declines_another_offer(&self, i: usize) -> bool {
        let sentence = self.letter.sentences[i].range.clone();
        self.hits_of(i)
            .iter()
            .filter(|h| h.cue == Cue::OfferDeclined)
            .any(|h| {
                let lead = &self.letter.prose.text[sentence.start..h.range.start];
                let own = self.hits_of(i).iter().any(|c| {
                    matches!(c.cue, Cue::CompanyWord | Cue::CompanyName)
                        && c.range.end <= h.range.start
                }) || lead.contains("にもかかわらず")
                    || lead.contains("先日");
                !own && !self.has(i, Cue::Request)
            })
    }

    /// The evidence in some sentences, not counting what vague phrases and generic praise say.
    pub fn evidence(&self, sentences: &[usize]) -> Evidence {
        let spans: Vec<Range<usize>> = sentences
            .iter()
            .map(|&i| self.letter.sentences[i].range.clone())
            .collect();
        self.evidence_in(&spans)
    }

    /// The evidence about the company in sentence `i`: the whole sentence when it tells what
    /// the student saw or heard there (the interview, the tour, someone there), else what
    /// follows each mention of the company up to the end of its clause (貴社の〇〇, your 〇〇).
    pub fn company_evidence(&self, i: usize) -> Evidence {
        // What a day after the decline brought back (「…というニュースを見て、貴社の
        // インターンシップを思い出しました」) is the student's story up to the mention.
        let seen = self
            .hits_of(i)
            .iter()
            .any(|h| matches!(h.cue, Cue::Selection | Cue::CompanyPerson));
        let story = self.hits_of(i).iter().any(|h| h.cue == Cue::Time);
        if seen && !story {
            return self.evidence(&[i]);
        }
        let sentence = self.letter.sentences[i].range.clone();
        let hits = self.hits_of(i);
        let apologetic = hits
            .iter()
            .any(|h| matches!(h.cue, Cue::Apology | Cue::TroubleCaused));
        let mentions: Vec<&Hit> = hits
            .iter()
            .filter(|h| {
                matches!(h.cue, Cue::CompanyWord | Cue::CompanyName)
                    || seen && matches!(h.cue, Cue::Selection | Cue::CompanyPerson)
            })
            // "your offer", 貴社の内定: the offer, not the company. Hits are sorted by start,
            // so the few just after the mention are found without a scan of all of them.
            // 御社の研修 is the company's training in a story, and the plans the decline upset
            // only in an apology.
            .filter(|h| {
                let after = hits.partition_point(|o| o.range.start < h.range.end);
                !hits[after..]
                    .iter()
                    .take_while(|o| o.range.start <= h.range.end + 4)
                    .any(|o| {
                        matches!(o.cue, Cue::Offer | Cue::Decision)
                            || o.cue == Cue::Impact && apologetic
                    })
            })
            .collect();
        let Some(first) = mentions.first() else {
            // An item under a heading that names the company is about it from its first word.
            if self.company.is_none() && self.only_a_name(i) || self.under_reason_heading(i) {
                return self.evidence(&[i]);
            }
            return self.evidence_in(&[]);
        };
        // What the sentence says from the mention on (御社の、…を交換する「のびのび交換」),
        // or all of it when the company comes last (…集落を回っているのは貴社だけ). Every such
        // span runs to the sentence's end, so the one that starts first holds the others and
        // is read alone: a sentence naming the company a thousand times is read once.
        let late =
            |h: &Hit| (h.range.start - sentence.start) * 3 > (sentence.end - sentence.start) * 2;
        let span = if self.lang() == Lang::Ja && !story {
            // Japanese describes before it names (…の改修に使われている御社の技術), and clauses
            // joined by 、 share their subject.
            sentence.clone()
        } else if self.lang() == Lang::Ja {
            // A story: only the clause that holds the first mention.
            let before = &self.letter.prose.text[sentence.start..first.range.start];
            let from = before
                .rfind('、')
                .map_or(sentence.start, |k| sentence.start + k + '、'.len_utf8());
            from..sentence.end
        } else if mentions.iter().any(|h| late(h)) {
            sentence.clone()
        } else {
            first.range.start..sentence.end
        };
        self.evidence_in(&[span])
    }

    /// The evidence in some ranges of the prose.
    fn evidence_in(&self, spans: &[Range<usize>]) -> Evidence {
        let mut total = Evidence::default();
        let mut things: Vec<String> = Vec::new();
        for span in spans {
            // Hits are sorted by start: the span's are found without a scan of all of them.
            let from = self.hits.partition_point(|h| h.range.start < span.start);
            let hits: Vec<&Hit> = self.hits[from..]
                .iter()
                .take_while(|h| h.range.start < span.end)
                .filter(|h| h.range.end <= span.end)
                .collect();
            // Vague phrases, praise that fits any company and the company's own name say
            // nothing a reader could picture.
            let blanked: Vec<Range<usize>> = hits
                .iter()
                .filter(|h| matches!(h.cue, Cue::Generic | Cue::Vague | Cue::CompanyName))
                .map(|h| h.range.clone())
                .collect();
            let outside =
                |r: &Range<usize>| !blanked.iter().any(|b| b.start < r.end && r.start < b.end);
            let mut text = self.letter.prose.text[span.clone()].to_owned();
            for b in &blanked {
                let local = b.start - span.start..b.end - span.start;
                text.replace_range(local.clone(), &" ".repeat(local.len()));
            }
            // Where the praise stood, in the span's own offsets: a quotation beside it is a
            // slogan.
            let praise: Vec<Range<usize>> = hits
                .iter()
                .filter(|h| h.cue == Cue::Generic)
                .map(|h| h.range.start - span.start..h.range.end - span.start)
                .collect();
            let e = Evidence {
                quote: has_quote(&text, &praise),
                // A date may be the interview's; a recent day (翌日, last Monday) is after it.
                // 辞退したのは、配属後に…: a day after the decline is said in one clause.
                time: hits.iter().any(|h| {
                    (h.cue == Cue::Time && !self.letter.prose.text[h.range.clone()].contains('、')
                        || h.cue == Cue::Date && !hits.iter().any(|s| s.cue == Cue::Selection))
                        && outside(&h.range)
                }),
                number: has_number(&text),
                name: match self.lang() {
                    Lang::Ja => has_katakana_word(&text) || has_latin_name(&text),
                    Lang::En => has_proper_noun(&text),
                } || hits
                    .iter()
                    .any(|h| h.cue == Cue::CompanyPerson && outside(&h.range))
                    && hits.iter().any(|h| h.cue == Cue::Selection),
                things: 0,
                company: hits.iter().any(|h| {
                    matches!(h.cue, Cue::Selection | Cue::CompanyPerson) && outside(&h.range)
                }),
            };
            for word in content_words(&text, self.lang()) {
                if !things.contains(&word) {
                    things.push(word);
                }
            }
            total.add(e);
        }
        total.things = things.len();
        total
    }
}

/// The first day a sentence names, as (month or 0, day): 11月24日, 24日に, ２４日, "on 24
/// November", "November 24". None when it names no day.
pub(crate) fn day_of(text: &str, lang: Lang) -> Option<(u32, u32)> {
    let numbers = numbers(text);
    // 11/24, １１／２４: a month and a day, in either language (not 10:30 or 2/3 of them).
    for w in numbers.windows(2) {
        let ((m, between), (d, after)) = (w[0], w[1]);
        let slash = between
            .strip_prefix(['/', '／'])
            .is_some_and(|r| r.starts_with(|c: char| digit(c).is_some()));
        if slash
            && (1..=12).contains(&m)
            && (1..=31).contains(&d)
            && !after.starts_with(['/', '／', '%', '％'])
        {
            return Some((m, d));
        }
    }
    match lang {
        Lang::Ja => {
            for (k, &(n, rest)) in numbers.iter().enumerate() {
                if rest.starts_with('日') && (1..=31).contains(&n) {
                    let month = k
                        .checked_sub(1)
                        .map(|j| numbers[j])
                        .filter(|(m, after)| {
                            (1..=12).contains(m)
                                && after.starts_with('月')
                                && after['月'.len_utf8()..]
                                    .starts_with(|c: char| digit(c).is_some())
                        })
                        .map_or(0, |(m, _)| m);
                    return Some((month, n));
                }
            }
            None
        }
        Lang::En => {
            // Capitalised, as months are written: "may" is a verb.
            for (m, name) in crate::calendar::EN_MONTHS.iter().enumerate() {
                let Some(at) = text.find(name) else { continue };
                // "24 November" or "November 24".
                let before = text[..at].trim_end();
                let digits = before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_ascii_digit())
                    .last()
                    .map_or(before.len(), |(i, _)| i);
                let day_before = &before[digits..];
                let after = text[at + name.len()..].trim_start();
                let day_after: String = after.chars().take_while(char::is_ascii_digit).collect();
                let day = day_before
                    .parse::<u32>()
                    .or_else(|_| day_after.parse::<u32>());
                if let Ok(d) = day {
                    if (1..=31).contains(&d) {
                        return Some((m as u32 + 1, d));
                    }
                }
            }
            None
        }
    }
}

/// The numbers in a text (written half or full width, read up to three digits), each with
/// what follows it.
fn numbers(text: &str) -> Vec<(u32, &str)> {
    let mut numbers = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let Some(mut n) = digit(c) else {
            continue;
        };
        let mut end = at + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            match digit(c) {
                Some(d) if n < 100 => {
                    n = n * 10 + d;
                    end = i + c.len_utf8();
                    chars.next();
                }
                _ => break,
            }
        }
        numbers.push((n, &text[end..]));
    }
    numbers
}

/// The month a sentence names on its own (10月に, "in September"), when it names no day.
fn month_of(text: &str, lang: Lang) -> Option<u32> {
    match lang {
        Lang::Ja => numbers(text)
            .into_iter()
            .find(|(_, rest)| rest.starts_with('月'))
            .map(|(m, _)| m)
            .filter(|m| (1..=12).contains(m)),
        Lang::En => crate::calendar::EN_MONTHS
            .iter()
            .position(|name| {
                text.match_indices(name).any(|(at, _)| {
                    !text[at + name.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                })
            })
            .map(|k| k as u32 + 1),
    }
}

/// A digit's value, written half width (2) or full width (２).
fn digit(c: char) -> Option<u32> {
    c.to_digit(10)
        .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))
}

/// Words that report what someone else said, after it (Japanese) or before it (English).
const REPORTED_JA: &[&str] = &[
    "と言われ",
    "と告げられ",
    "と伝えられ",
    "と求められ",
    "と迫られ",
    "と念を押され",
    "と通告され",
    "と聞かされ",
    "とのことでした",
    "とのことで",
    // 今週中のお返事を求められていた: what someone else asked of the student.
    "を求められ",
    "を迫られ",
    "を促され",
    // 先方の人事の方から、早めにお返事がほしいとのお話があり: their words, reported.
    "とのお話",
    "とのご連絡",
    "とのお電話",
    // …取り消さざるを得ないと繰り返しお電話をいただいており: their words, said again and again.
    "と繰り返し",
    "と再三",
    "と何度も",
    "とお電話",
    "とご連絡",
    // 期限までにお返事をしなければ内定は取り消しになると伺い: what the student was told.
    "と伺い",
    "と伺っ",
    "と聞き",
    "と聞い",
];
const REPORTED_EN: &[&str] = &[
    "told me",
    "informed me",
    "warned me",
    "reminded me",
    "they said",
    "he said",
    "she said",
    // "Their recruiter asked me for an answer within three days": asked of the student.
    "asked me",
    "pressed me",
    "gave me until",
    // "You explained … that you expect to reply by Friday 19 June": their own plan.
    "you expect to",
    "you expected to",
    "you said",
    "you explained",
    "you mentioned",
];

/// The words of a text that could name something to picture: Japanese runs of two or more
/// kanji, or three or more katakana; English words of four letters or more. Abstract and
/// everyday words ([`cues::ABSTRACT_JA`], [`cues::ABSTRACT_EN`]) do not count.
pub fn content_words(text: &str, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |w: String| {
        if !out.contains(&w) {
            out.push(w);
        }
    };
    match lang {
        Lang::Ja => {
            let kanji = |c: char| text::is_kanji(c) || c == '々';
            let kata = |c: char| ('ァ'..='ヺ').contains(&c) || c == 'ー';
            let mut run = String::new();
            let mut kind = 0u8;
            let flush = |run: &mut String, kind: u8, push: &mut dyn FnMut(String)| {
                let n = run.chars().count();
                let long = if kind == 1 { n >= 2 } else { n >= 3 };
                if long && !made_of_abstract(run) {
                    push(run.clone());
                }
                run.clear();
            };
            for c in text.chars() {
                let k = if kanji(c) {
                    1
                } else if kata(c) {
                    2
                } else {
                    0
                };
                if k != kind && !run.is_empty() {
                    flush(&mut run, kind, &mut push);
                }
                kind = k;
                if k != 0 {
                    run.push(c);
                }
            }
            if !run.is_empty() {
                flush(&mut run, kind, &mut push);
            }
        }
        Lang::En => {
            for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
                let lower = w.to_ascii_lowercase();
                if lower.len() >= 4 && !cues::ABSTRACT_EN.contains(&lower.as_str()) {
                    push(lower);
                }
            }
        }
    }
    out
}

/// Whether a run of kanji is made of abstract words only (内定辞退 = 内定 + 辞退).
fn made_of_abstract(run: &str) -> bool {
    let mut rest = run;
    while !rest.is_empty() {
        let longest = cues::ABSTRACT_JA
            .iter()
            .filter(|a| rest.starts_with(*a))
            .map(|a| a.len())
            .max();
        match longest {
            Some(n) => rest = &rest[n..],
            None => return false,
        }
    }
    true
}

/// The names a letter may call the company by: its short name and, in English, its first word
/// when that is distinctive (Kestrel for Kestrel Robotics).
fn company_names(name: Option<&str>, lang: Lang) -> Vec<String> {
    let Some(name) = name.map(str::trim).filter(|n| n.chars().count() >= 2) else {
        return Vec::new();
    };
    let mut names = vec![name.to_owned()];
    if lang == Lang::En {
        // Kumo Games Inc. is Kumo Games in the letter's text.
        let bare = name
            .trim_end_matches(['.', ','])
            .rsplit_once(' ')
            .filter(|(_, last)| {
                matches!(
                    last.trim_end_matches('.').to_ascii_lowercase().as_str(),
                    "inc"
                        | "co"
                        | "ltd"
                        | "llc"
                        | "corp"
                        | "corporation"
                        | "company"
                        | "k.k"
                        | "plc"
                        | "group"
                )
            })
            .map(|(head, _)| head.trim_end_matches([',', ' ']).to_owned());
        if let Some(bare) = bare.filter(|b| b.len() >= 3) {
            names.push(bare);
        }
        if let Some(first) = name.split_whitespace().next() {
            if first.len() >= 4 && first != name && first.starts_with(char::is_uppercase) {
                names.push(first.to_owned());
            }
        }
    }
    names
}

/// A selection hit that names an occasion (選考, 面接, the interview) rather than a polite verb
/// of hearing (おっしゃ, 伺い) that anyone's words take.
fn names_an_occasion(said: &str) -> bool {
    let lower = said.to_lowercase();
    [
        "選考",
        "面接",
        "説明会",
        "座談会",
        "見学",
        "インターン",
        "訪問",
        "面談",
        "体験",
        "interview",
        "internship",
        "tour",
        "seminar",
        "session",
        "visit",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

/// A word without its punctuation and possessive.
fn bare_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
        .trim_end_matches("'s")
        .trim_end_matches("’s")
}

/// In an English letter that names its company nowhere else (no address block, no profile),
/// the name said most often: a run of capitalised words, not a person's (Ms. Ikeda), a
/// school's or a date, said at least twice. "Kinari Atelier" is then the company, not a
/// detail of the story.
fn guess_company(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // name → (times said, where first said)
    let mut counts: std::collections::HashMap<String, (usize, usize)> =
        std::collections::HashMap::new();
    let mut own: Vec<String> = Vec::new();
    let capital = |w: &str| {
        let c = bare_word(w);
        c.starts_with(|ch: char| ch.is_ascii_uppercase())
            && !matches!(c, "I" | "I'm" | "I've" | "I'd" | "I'll" | "Dear" | "OK")
            // A script's line or heading starts with these ("Could I speak…", "Why you").
            && !matches!(
                c,
                "Why" | "Could" | "Would" | "May" | "Can" | "What" | "How" | "When" | "If"
                    | "Yes" | "No" | "Thank" | "Please" | "Hello" | "Good" | "You" | "Me"
            )
            && !month_or_day(c)
    };
    let mut i = 0;
    while i < words.len() {
        let starts_sentence = i == 0 || words[i - 1].ends_with(['.', '!', '?', ':', '"', '”']);
        let person = i > 0
            && matches!(
                words[i - 1].trim_end_matches('.'),
                "Mr" | "Ms" | "Mrs" | "Dr" | "Professor" | "Prof"
            );
        if !capital(words[i]) || person {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len()
            && j - i < 4
            && capital(words[j])
            && !words[j - 1].ends_with([',', '.', ';'])
        {
            j += 1;
        }
        let name = words[i..j]
            .iter()
            .map(|w| bare_word(w))
            .collect::<Vec<_>>()
            .join(" ");
        // "My name is Fatou Ndiaye", "This is Fatou Ndiaye", "I'm Fatou": the student, who is
        // named again in the message to leave and the signature.
        let before = |k: usize| i.checked_sub(k).map(|at| words[at].to_ascii_lowercase());
        let introduced = match before(1).as_deref() {
            Some("i'm") => true,
            Some("is") => matches!(before(2).as_deref(), Some("name" | "this")),
            Some("am") => before(2).as_deref() == Some("i"),
            _ => false,
        };
        if introduced {
            own.push(name);
            i = j;
            continue;
        }
        let school = [
            "University",
            "College",
            "Institute",
            "School",
            "Faculty",
            "Department",
        ]
        .iter()
        .any(|k| name.contains(k));
        // One capitalised word at a sentence's start is just its first word.
        if !school && name.len() >= 3 && (j - i > 1 || !starts_sentence) {
            counts.entry(name).or_insert((0, i)).0 += 1;
        }
        i = j;
    }
    counts
        .into_iter()
        .filter(|&(_, (n, _))| n >= 2)
        .filter(|(name, _)| {
            !own.iter()
                .any(|o| o.contains(name.as_str()) || name.contains(o.as_str()))
        })
        .max_by_key(|&(ref name, (n, at))| (n, name.contains(' '), std::cmp::Reverse(at)))
        .map(|(name, _)| name)
}

/// The text with each length of time (三日間, ２週間, 一晩, "two days", "3 weeks") blanked.
fn without_durations(s: &str) -> std::borrow::Cow<'_, str> {
    const JA: &[&str] = &[
        "日間", "週間", "か月", "ヶ月", "カ月", "ケ月", "箇月", "晩", "時間", "年間",
    ];
    // Years too, but not "thirty years ago" or "eighty years old": a point in time, an age.
    const EN: &[&str] = &[
        "day", "days", "night", "nights", "week", "weeks", "month", "months", "hour", "hours",
        "evening", "evenings", "morning", "mornings", "year", "years",
    ];
    const WORDS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several",
    ];
    let numeral = |c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十百数".contains(c)
    };
    let unit_at = |rest: &str| -> Option<usize> {
        if let Some(unit) = JA.iter().find(|u| rest.starts_with(*u)) {
            return Some(unit.len());
        }
        let word = rest.strip_prefix(' ')?;
        let len = word
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(word.len());
        (EN.iter().any(|u| word[..len].eq_ignore_ascii_case(u)) && !a_point_in_time(&word[len..]))
            .then_some(1 + len)
    };
    let mut blank: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    while let Some((k, c)) = s[at..]
        .char_indices()
        .find(|&(_, c)| numeral(c) || c.is_ascii_alphabetic())
    {
        let start = at + k;
        // A run of numerals (三, 24), or a word that may be a number ("two", "few").
        let end = if numeral(c) {
            start
                + s[start..]
                    .find(|c: char| !numeral(c))
                    .unwrap_or(s.len() - start)
        } else {
            let end = start
                + s[start..]
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(s.len() - start);
            let word = &s[start..end];
            if !WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
                at = end;
                continue;
            }
            end
        };
        if let Some(len) = unit_at(&s[end..]) {
            blank.push(start..end + len);
        }
        at = end;
    }
    if blank.is_empty() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = s.to_owned();
    for r in blank {
        out.replace_range(r.clone(), &" ".repeat(r.len()));
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a length of time is followed by what makes it a point in time or an age ("ago",
/// "old", "earlier"), which a reader can picture.
fn a_point_in_time(after: &str) -> bool {
    let next = after
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(next.as_str(), "ago" | "old" | "earlier" | "before")
}

/// Whether a text holds a quotation of something seen or heard (a product's name, someone's
/// words), `praise` being where praise that fits any company stands in it.
fn has_quote(s: &str, praise: &[Range<usize>]) -> bool {
    let mut from = 0;
    while let Some(at) = s[from..].find(['「', '『', '"', '“']).map(|k| from + k) {
        let inner = at + s[at..].chars().next().map_or(1, char::len_utf8);
        let close = s[inner..]
            .find(['」', '』', '"', '”'])
            .map_or(s.len(), |k| inner + k);
        let after = s[close..]
            .char_indices()
            .nth(1)
            .map_or(s.len(), |(k, _)| close + k);
        // 「…」という貴社のビジョン, your motto "…": a quotation named as praise that any
        // company has its own of, just before it or by という after it, is that praise's.
        let slogan = praise.iter().any(|r| {
            r.end <= at && s[r.end..at].chars().count() <= 16
                || s[after..].starts_with("という")
                    && r.start >= after
                    && s[after..r.start].chars().count() <= 12
        });
        // A line given whole in quotation marks, after a stage note at most (（ご用件を聞かれたら）
        // 「先日の内定の件で…」, [smile] "It's about…"), is what is said, not a quotation in it.
        if !slogan && !whole_line(s, at, after) {
            return true;
        }
        from = after;
    }
    false
}

/// Whether the quotation from `at` to `after` is all the words of `s`: only a stage note in
/// brackets, marks (`-> "…`) and punctuation around it. A quotation still open at the end of
/// the sentence runs on as the line said.
fn whole_line(s: &str, at: usize, after: usize) -> bool {
    let mut depth = 0usize;
    let bare = s[..at].chars().all(|c| match c {
        '(' | '（' | '[' | '［' | '【' => {
            depth += 1;
            true
        }
        ')' | '）' | ']' | '］' | '】' => {
            depth = depth.saturating_sub(1);
            true
        }
        _ => depth > 0 || !c.is_alphanumeric(),
    });
    bare && s[after..]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '。' | '.' | '、' | ','))
}

/// Digits, or kanji numerals with a counter (一年目, 三日, 二割). A length of time (この
/// 三日間, 二晩, "for two days") is not one: it says how long the student thought, not what
/// happened.
fn has_number(s: &str) -> bool {
    let s = &without_durations(s);
    // English number words; "one" and "a" count nothing in particular.
    const WORDS: &[&str] = &[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "half",
    ];
    if s.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| WORDS.iter().any(|n| w.eq_ignore_ascii_case(n)))
    {
        return true;
    }
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            return true;
        }
        let kanji = matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千'
        );
        // 一人で, 一つ, 一回: said of anything, not a count to picture.
        let idiom = c == '一'
            && chars
                .peek()
                .is_some_and(|n| matches!(n, '人' | 'つ' | '回'));
        if kanji
            && !idiom
            && chars.peek().is_some_and(|n| {
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
                        | '本'
                        | '時'
                        | '週'
                        | '尾'
                        | '個'
                        | '枚'
                        | '冊'
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

/// Katakana words too general to name anything.
const KATAKANA_STOP: &[&str] = &[
    "インターンシップ",
    "インターン",
    "ニュース",
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
    "チャンス",
    "スタート",
    "ステップ",
    "プラス",
    "マイナス",
    "ポジティブ",
    "コミュニケーション",
    "チーム",
    "サポート",
    "フォロー",
    "リーディングカンパニー",
    "カンパニー",
    "リーダー",
    "トップ",
    "ノルマ",
    "イノベーション",
    "ビジネス",
    "サービス",
];

/// A katakana word of three or more characters that is not a stock word.
fn has_katakana_word(s: &str) -> bool {
    let is_kata = |c: char| ('ァ'..='ヺ').contains(&c) || c == 'ー';
    let mut start = None;
    let ok =
        |w: &str| w.chars().nth(2).is_some() && !w.starts_with('ー') && !KATAKANA_STOP.contains(&w);
    for (i, c) in s.char_indices() {
        match (is_kata(c), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                if ok(&s[from..i]) {
                    return true;
                }
                start = None;
            }
            _ => {}
        }
    }
    start.is_some_and(|from| ok(&s[from..]))
}

/// A Latin-script name or acronym inside Japanese text (Chiba, IoT, NPO).
fn has_latin_name(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_alphanumeric())
}

/// A capitalised word that does not start a sentence, a possessive name, or an acronym.
fn has_proper_noun(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
        let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
        // `-> "Since I declined…`: after marks only, a word starts the line.
        let after_word = i > 0
            && !words[i - 1].ends_with(['.', '!', '?', ':', '"', ']', ')'])
            && words[i - 1].chars().any(char::is_alphanumeric);
        let common = matches!(
            w,
            "I" | "I'm" | "I've" | "I'd" | "I'll" | "Mr" | "Ms" | "Mrs" | "Dr" | "OK"
        ) || month_or_day(w);
        (capital && after_word && !common && w.len() > 1) || acronym && !common
    })
}

/// A month or a weekday's name: capitalised, yet not a proper noun of the letter's own.
fn month_or_day(w: &str) -> bool {
    crate::calendar::EN_MONTHS.contains(&w) || crate::calendar::EN_WEEKDAYS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_told_wholly_in_the_past_asks_nothing_now() {
        let past = |text: &str| {
            let lang = crate::text::detect_lang(text);
            let r = Reading::new(Letter::read(text, Medium::Email, lang), None);
            (0..r.sentences.len())
                .map(|i| r.told_in_past(i))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            past("The other company needed my answer by that Friday, and I had to decide before I'd compared the two. I would be grateful for your answer by Friday."),
            [true, false]
        );
        assert_eq!(
            past("The other company has asked for my answer by December 1st, so I'd be grateful to hear from you before then."),
            [false]
        );
        assert_eq!(
            past("先方からは翌日までに返事をするよう言われました。金曜日までにお返事をいただけますでしょうか。"),
            [true, false]
        );
    }

    #[test]
    fn the_time_of_a_decision_does_not_own_it() {
        let owned = |text: &str| {
            let r = Reading::new(Letter::read(text, Medium::Email, Lang::En), None);
            r.owns_decision(0)
        };
        assert!(!owned("When I made that decision, my supervisor felt strongly that a larger company would be safer, and I went along with his view."));
        assert!(owned(
            "My supervisor favoured a larger company, but I made that decision myself."
        ));
        assert!(owned("The other company asked me for an answer within two days, and I felt rushed. But no one made the choice for me."));
        assert!(owned("The recruiter at the other company told me I would sweep floors for years, and I let that weigh too much. Nobody made the decision for me."));
        let owned_ja = |text: &str| {
            let r = Reading::new(Letter::read(text, Medium::Email, Lang::Ja), None);
            r.owns_decision(0)
        };
        assert!(owned_ja(
            "その期限の中で結論を出してしまいましたのは、ほかならぬ私自身でございます。"
        ));
        assert!(owned_ja(
            "先方の期限は事実ですが、それを理由にするつもりは一切ございません。"
        ));
        assert!(!owned_ja(
            "その期限の中で、結論を出さざるを得ませんでした。"
        ));
        assert!(owned(
            "The other company wanted an answer that week. That mistake is mine."
        ));
    }

    fn roles(text: &str, medium: Medium) -> Vec<(String, Vec<Role>)> {
        let lang = crate::text::detect_lang(text);
        let r = Reading::new(Letter::read(text, medium, lang), None);
        (0..r.sentences.len())
            .map(|i| {
                (
                    r.text_of(i).to_owned(),
                    r.sentences[i].tags.iter().map(|t| t.role).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn the_items_under_a_heading_that_asks_why_this_company_are_its_reasons() {
        let script = "MS. SONODA\n- Apology: \"I'm truly sorry for the extra work my decline caused.\"\n- Why Bitlantern, not just any coding school:\n  - only school where every term ends with kids building an app for a real shop\n- Other wishes:\n  - only a short commute\n";
        let read = roles(script, Medium::Phone);
        let of = |needle: &str| {
            read.iter()
                .find(|(s, _)| s.contains(needle))
                .map(|(_, r)| r.clone())
                .unwrap_or_else(|| panic!("no sentence {needle:?}: {read:?}"))
        };
        assert!(of("every term ends").contains(&Role::WhyThisCompany));
        // A heading that asks nothing about the company gives its items no company.
        assert!(
            !of("short commute").contains(&Role::WhyThisCompany),
            "{read:?}"
        );
        let ja = "件名：内定辞退の撤回のお願い\n\n株式会社みなと測量\n人事部 森様\n\nお世話になっております。東都大学の山田太郎です。\n\n貴社でなければならない理由\n・港の海底を毎年同じ測線で測り直している記録\n・その記録を漁協に無償で公開していること\n\nどのようなご判断でも受け止めます。\n\n東都大学 経済学部 4年\n山田 太郎\n";
        let read = roles(ja, Medium::Email);
        let why = read
            .iter()
            .find(|(s, _)| s.contains("漁協に無償"))
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| panic!("{read:?}"));
        assert!(why.contains(&Role::WhyThisCompany), "{read:?}");
    }

    fn role_of(text: &str, sentence: &str) -> Vec<Role> {
        roles(text, Medium::Email)
            .into_iter()
            .find(|(s, _)| s.contains(sentence))
            .map(|(_, r)| r)
            .unwrap_or_else(|| panic!("no sentence {sentence:?}"))
    }

    #[test]
    fn a_script_spelled_in_kana_is_known_as_one() {
        fn read(t: &str) -> Reading<'_> {
            Reading::new(Letter::read(t, Medium::Phone, Lang::Ja), None)
        }
        assert!(read("「もりしたさま、いわたで ございます。11月5日に おつたえした ないてい じたいの けんで、おでんわ いたしました。おんしゃの しごとが したいと きづきました。」\n").in_kana());
        assert!(!read("「森下様、岩田でございます。11月5日にお伝えした内定辞退の件で、お電話いたしました。御社の仕事がしたいと気づきました。」\n").in_kana());
    }

    #[test]
    fn asking_until_they_give_in_presses_them() {
        for (text, said) in [
            (
                "Even if it's no for now, I'll keep asking, politely, until there's a way for me to join you.",
                "keep asking",
            ),
            (
                "お認めいただけるまで、何度でもお願いに伺う覚悟でございます。",
                "お認め",
            ),
        ] {
            assert!(role_of(text, said).contains(&Role::Pressure), "{text}");
        }
        let text = "If it's a no, I'll hear it as a plain answer, and I will not keep asking.";
        assert!(!role_of(text, "plain answer").contains(&Role::Pressure));
        let text = "If it is useful, I will come to your office at any time you say.";
        assert!(!role_of(text, "any time").contains(&Role::Pressure));
        let text = "I will come to your office on Monday at 10 to hear your answer.";
        assert!(role_of(text, "Monday").contains(&Role::Pressure));
    }

    #[test]
    fn a_plea_of_nothing_else_or_someone_inside_enlisted_presses_them() {
        for (text, said) in [
            (
                "I have turned down every other offer, so you are all I have.",
                "all I have",
            ),
            (
                "I understand Ms. Byrne in your HR team was also quite keen on me, so she may be able to put in a word.",
                "keen on me",
            ),
            (
                "実は、人事部の北川様も、私のことを気にかけてくださっていると伺いました。",
                "気にかけて",
            ),
            (
                "I have already told my parents that I would be joining you in April.",
                "my parents",
            ),
            (
                "入社をお許しいただけましたら、必ずご期待に応えてまいります。ですから、どうか今一度だけ、ご検討いただけないでしょうか。",
                "必ず",
            ),
            (
                "I promise to exceed your expectations, so please give me this one chance.",
                "promise",
            ),
            (
                "万一お返事がございませんでしたら、改めて貴社へお伺いいたします。",
                "お返事",
            ),
            (
                "御社人事部の三浦様も私のことを気にかけてくださっていると、大学の先輩から伺いました。",
                "気にかけて",
            ),
            // The company named just before the plea, after the other offers are declined.
            (
                "ほかにいただいておりました内定は、すべてお断りいたしました。もう、御社のほかに行く先はございません。",
                "行く先",
            ),
        ] {
            assert!(role_of(text, said).contains(&Role::Pressure), "{text}");
        }
    }

    #[test]
    fn an_acceptance_asked_away_in_the_same_branch_is_taken_back() {
        let text = "IF THEY SAY NO\nI understand. If a position opens again, please give me one more chance. Goodbye.\n";
        let r = Reading::new(Letter::read(text, Medium::Phone, Lang::En), None);
        let i = r.with_role(Role::Acceptance).next().expect("an acceptance");
        assert!(r.taken_back(i));
        let text = "IF THEY SAY NO\nI understand. Thank you for listening. Goodbye.\n";
        let r = Reading::new(Letter::read(text, Medium::Phone, Lang::En), None);
        let i = r.with_role(Role::Acceptance).next().expect("an acceptance");
        assert!(!r.taken_back(i));
    }

    #[test]
    fn no_other_offer_after_declining_them_is_a_commitment() {
        let text = "This morning I called the other two companies that gave me offers, and I declined both of them. I have no other offer now.";
        assert!(!role_of(text, "no other offer").contains(&Role::Pressure));
    }

    #[test]
    fn a_plea_the_next_sentence_sets_aside_presses_no_one() {
        let text = "So that you have the full picture: I have no other offer at the moment. I'm not telling you that to ask for anything.";
        assert!(!role_of(text, "no other offer").contains(&Role::Pressure));
        let text = "I have no other offer at the moment. Please help me.";
        assert!(role_of(text, "no other offer").contains(&Role::Pressure));
    }

    #[test]
    fn times_that_set_no_date_for_them_press_no_one() {
        for (text, said) in [
            (
                "ありがとうございます。入社までにできる準備があれば、教えていただけますでしょうか。",
                "入社までに",
            ),
            (
                "当時は他社の回答期限が同週に重なっており、加えて家計の事情から初任給を優先せざるを得ない状況にございましたため、辞退いたしました。",
                "他社の回答期限",
            ),
            (
                "By noon I understood that making speech survive noise is the problem I want to work on.",
                "By noon",
            ),
            (
                "当時は修士論文の中間発表と学会の締め切りが重なり、実家から通える会社を選ぶほかない状況でした。",
                "締め切り",
            ),
        ] {
            assert!(!role_of(text, said).contains(&Role::Pressure), "{text}");
        }
    }

    #[test]
    fn an_apology_for_the_sudden_contact_is_not_for_the_disruption() {
        let text = "突然のご連絡、大変失礼いたします。私の辞退により、貴社の採用計画にご迷惑をおかけしました。";
        assert!(role_of(text, "突然").contains(&Role::OtherApology));
        assert!(role_of(text, "採用計画").contains(&Role::ApologyForDisruption));
        let en =
            "I know my decline meant extra work for you and your team. I am truly sorry for that.";
        assert!(role_of(en, "truly sorry").contains(&Role::ApologyForDisruption));
        let en = "I'm sorry for contacting you out of the blue like this.";
        assert!(role_of(en, "sorry").contains(&Role::OtherApology));
    }

    #[test]
    fn the_decision_named_as_theirs_accepts_it() {
        assert!(role_of("お決めになるのは貴社です。", "お決め").contains(&Role::Acceptance));
    }

    #[test]
    fn acceptance_needs_an_outcome_in_view() {
        assert!(role_of(
            "どのようなご判断であっても、謹んでお受けいたします。",
            "判断"
        )
        .contains(&Role::Acceptance));
        assert!(role_of(
            "難しいというお返事であっても、それを受け入れます。",
            "受け入れ"
        )
        .contains(&Role::Acceptance));
        assert!(!role_of("良いお返事をお待ちしております。", "お返事").contains(&Role::Acceptance));
        assert!(!role_of("お返事はいつでも構いません。", "お返事").contains(&Role::Acceptance));
        assert!(
            role_of("Whatever you decide, I will accept it.", "Whatever")
                .contains(&Role::Acceptance)
        );
        assert!(
            !role_of("I would like to accept the offer after all.", "accept")
                .contains(&Role::Acceptance)
        );
    }

    #[test]
    fn pressure_and_blame() {
        assert!(
            role_of("11月15日までにお返事をいただけますと幸いです。", "までに")
                .contains(&Role::Pressure)
        );
        assert!(role_of("I'm counting on you.", "counting").contains(&Role::Pressure));
        assert!(role_of("辞退は、両親の強い反対によるものでした。", "反対").contains(&Role::Blame));
        assert!(!role_of(
            "辞退は私自身の判断の甘さによるもので、両親の反対ではありません。",
            "甘さ"
        )
        .contains(&Role::Blame));
        let denied = "辞退は、比べられるのが怖くて私が一人で決めました。姉に何か言われて辞退したわけではございません。";
        assert!(!role_of(denied, "姉に").contains(&Role::Blame));
        let kind = "面接で菅原様が、設置の前に必ず集落の寄り合いに出ると話してくださいました。";
        assert!(!role_of(kind, "菅原様").contains(&Role::Pressure));
        let owned = "回答期限があることは以前から分かっており、考えを整理しきれなかったのは私自身の責任です。";
        assert!(!role_of(owned, "回答期限").contains(&Role::Pressure));
        let told = "先週お伝えした内定辞退の件で、少しお時間をいただけますでしょうか。";
        assert!(!role_of(told, "先週").contains(&Role::Pressure));
        let realised = "その二日後、母から、辞退した会社の話ばかりしていると言われ、ようやく本当の気持ちに気付きました。";
        assert!(!role_of(realised, "母から").contains(&Role::Blame));
        let case = "（伝言を、と言われたら）先日の内定辞退の件でお電話いたしました。";
        assert!(!role_of(case, "伝言").contains(&Role::Blame));
        let blamed = "辞退は、姉に強く言われて決めたものです。";
        assert!(role_of(blamed, "姉に").contains(&Role::Blame));
    }

    #[test]
    fn another_offer_declined_is_a_commitment_the_own_decline_is_not() {
        assert!(
            role_of("商社の内定は、すでに辞退いたしました。", "商社").contains(&Role::Commitment)
        );
        assert!(!role_of("貴社の内定を辞退いたしました。", "貴社").contains(&Role::Commitment));
    }

    #[test]
    fn a_slogan_in_quotation_marks_is_no_name_of_the_company_s_own() {
        let quote = |t: &str| {
            let lang = crate::text::detect_lang(t);
            let r = Reading::new(Letter::read(t, Medium::Email, lang), None);
            r.evidence(&[0]).quote
        };
        assert!(!quote(
            "「自転車で、すべての人の毎日を豊かに」という貴社のビジョンに共感しております。"
        ));
        assert!(!quote("Your motto \"Every day, better\" inspires me."));
        assert!(quote("貴社の『はなの ゆくえ』という取り組みを知りました。"));
        assert!(quote(
            "Your vision inspires me, and so does the \"First 48 Hours\" guide."
        ));
    }

    #[test]
    fn a_line_said_whole_in_quotation_marks_quotes_no_one() {
        let text = "（ご用件を聞かれたら）「先日の内定の件で、ご相談したいことがございます。」\n\n先生から「現場を見てきなさい」と言われました。";
        let r = Reading::new(Letter::read(text, Medium::Email, Lang::Ja), None);
        assert!(!r.evidence(&[0]).quote);
        assert!(r.evidence(&[1]).quote);
    }

    #[test]
    fn evidence_counts_kinds_not_words() {
        let text = "辞退した翌日、研究室で試作に立ち会い、「一年目から図面を任せる」というお話を思い出しました。\n\nいろいろ考えた結果、やはり後悔しております。";
        let r = Reading::new(Letter::read(text, Medium::Email, Lang::Ja), None);
        assert!(r.evidence(&[0]).score() >= 3);
        assert_eq!(r.evidence(&[1]).score(), 0);
    }

    #[test]
    fn what_is_disclaimed_or_reported_in_the_same_clause_presses_no_one() {
        let no = |t: &str, at: &str| assert!(!role_of(t, at).contains(&Role::Pressure), "{t}");
        let yes = |t: &str, at: &str| assert!(role_of(t, at).contains(&Role::Pressure), "{t}");
        no(
            "These dates are facts, not a reason to answer quickly.",
            "facts",
        );
        no("金曜までにお返事をいただく必要はございません。", "金曜");
        no(
            "I'd be grateful to hear from you; if I don't hear, I'll understand.",
            "grateful",
        );
        yes(
            "If I don't hear from you by Friday, I will accept the other offer.",
            "Friday",
        );
        no(
            "I would far rather you consider it properly than reply quickly.",
            "rather",
        );
        yes(
            "急かすつもりはございませんが、金曜までにお返事をいただけますと幸いです。",
            "金曜",
        );
        no(
            "先方の人事の方から、三日以内にお返事がなければ枠を次の方に回すと告げられておりました。",
            "先方",
        );
        yes(
            "I'll ring you on Tuesday afternoon at about 2 pm to hear where things stand.",
            "Tuesday",
        );
        yes(
            "12月1日（火）の午前中に改めてお電話を差し上げ、ご判断を伺えればと存じます。",
            "12月1日",
        );
    }

    #[test]
    fn a_deadline_or_a_hurry_told_as_what_happened_presses_no_one() {
        let no = |t: &str, at: &str| assert!(!role_of(t, at).contains(&Role::Pressure), "{t}");
        let yes = |t: &str, at: &str| assert!(role_of(t, at).contains(&Role::Pressure), "{t}");
        no(
            "辞退のお返事をした際、他社の内定承諾の期限が翌12日に迫っていたのは事実です。",
            "期限",
        );
        no(
            "辞退のときは、お返事の期限が面談の翌日まででしたので、考えきれないままお断りしました。",
            "期限",
        );
        yes(
            "お手数ですが、11月30日までにお返事をいただけましたら幸いです。",
            "11月30日",
        );
        no(
            "By the end of the hour she was explaining the method back to me.",
            "hour",
        );
        no(
            "Take the time you need to think it over; I'd rather you decide carefully.",
            "think",
        );
        yes(
            "I would appreciate an answer by the end of the week.",
            "answer",
        );
    }

    #[test]
    fn an_exception_asked_for_or_a_newcomer_outdone_is_pressure() {
        let yes = |t: &str, at: &str| assert!(role_of(t, at).contains(&Role::Pressure), "{t}");
        yes(
            "一度お断りした身ですが、今回だけ特別にご配慮いただけないでしょうか。",
            "今回だけ",
        );
        yes(
            "インターンで業務を経験しておりますので、新しく採用される方よりも早くお役に立てると考えております。",
            "新しく",
        );
        yes("I hope you could make an exception for me.", "exception");
    }

    #[test]
    fn a_family_in_distress_or_no_way_out_leans_on_their_sympathy() {
        let yes = |t: &str, at: &str| assert!(role_of(t, at).contains(&Role::Pressure), "{t}");
        let no = |t: &str, at: &str| assert!(!role_of(t, at).contains(&Role::Pressure), "{t}");
        yes(
            "My parents were upset when I told them, and my mother has hardly slept since.",
            "hardly slept",
        );
        yes(
            "I really have no other option now, so a yes would mean everything to us.",
            "option",
        );
        yes(
            "I hope you can find it in your heart to give me this chance.",
            "heart",
        );
        yes(
            "I would be grateful if my circumstances could be taken into account.",
            "circumstances",
        );
        yes("母は心配のあまり、夜も眠れずにおります。", "眠れず");
        yes("私の事情をお汲み取りいただけましたら幸いです。", "事情");
        // Someone else's words, or a story: nothing is asked of the reader.
        no(
            "The technician said the only hope would be a copy kept by the firm itself.",
            "technician",
        );
        no("The mother was in tears, thanking her.", "tears");
        no("貴社の状況を考慮し、お電話は控えております。", "状況");
    }

    #[test]
    fn no_choice_felt_after_a_talk_is_blame_but_words_heard_after_the_decline_are_a_story() {
        let felt = "In early November a friend from my seminar told me about her first months at an insurer. After that conversation I honestly didn't feel I had much of a choice.";
        assert!(role_of(felt, "much of a choice").contains(&Role::Blame));
        let heard = "I declined on 4 November. On 9 November my grandmother told me she had wanted me to take the other offer.";
        assert!(!role_of(heard, "grandmother").contains(&Role::Blame));
    }

    #[test]
    fn giving_way_to_a_strong_view_or_the_answer_they_wanted_is_blame() {
        let felt =
            "My professor felt strongly that I should stay in research, and I declined your offer.";
        assert!(role_of(felt, "strongly").contains(&Role::Blame));
        let follow = "At the time I felt I had to follow his advice, so I declined.";
        assert!(role_of(follow, "follow").contains(&Role::Blame));
        let wanted = "After a long call with my parents, I gave you the answer they wanted.";
        assert!(role_of(wanted, "wanted").contains(&Role::Blame));
    }

    #[test]
    fn a_newcomer_outdone_in_other_words_is_pressure_and_a_deadline_heard_is_not() {
        let yes = |t: &str, at: &str| assert!(role_of(t, at).contains(&Role::Pressure), "{t}");
        yes(
            "I could bring a dedication that a candidate found late in the season might not.",
            "dedication",
        );
        yes(
            "No one you hire in my place would care about that kitchen as much as I will.",
            "kitchen",
        );
        let heard =
            "期限までにお返事をしなければ内定は取り消しになると伺い、急いで決めてしまいました。";
        assert!(!role_of(heard, "期限").contains(&Role::Pressure));
    }

    #[test]
    fn a_story_of_three_years_is_no_self_introduction() {
        let t = "建てる前に3年かけて鳥の飛ぶ道を調べたというお話です。港大学4年の森と申します。";
        assert!(!role_of(t, "3年かけて").contains(&Role::SelfIntroduction));
        assert!(role_of(t, "4年の森").contains(&Role::SelfIntroduction));
    }

    #[test]
    fn not_arguing_with_a_no_accepts_it() {
        let t = "If the answer is no, I will not argue with it or ask again.";
        assert!(role_of(t, "argue").contains(&Role::Acceptance));
    }

    #[test]
    fn what_was_never_explained_or_heard_from_others_given_as_the_cause_is_blame() {
        let ja = "辞退いたしましたのは、入社後の仕事について具体的なお話を伺う機会がなく、思い描けなかったためでした。";
        assert!(role_of(ja, "機会").contains(&Role::Blame));
        let en = "The information session did not explain how overtime is managed, so I declined on that basis.";
        assert!(role_of(en, "overtime").contains(&Role::Blame));
        let heard = "Hearing that from a senior, I felt I couldn't do it, and that's really what made up my mind to take a job near home.";
        assert!(role_of(heard, "senior").contains(&Role::Blame));
        // Made up by the student, it is owned.
        let own = "I made up my mind to take a job near home, and that was my own mistake.";
        assert!(!role_of(own, "home").contains(&Role::Blame));
        // The reason given three sentences on still makes it the cause.
        let later = "The working hours were never really explained to me. I could not picture a normal week. My fear grew. In the end, that is why I declined.";
        assert!(role_of(later, "explained").contains(&Role::Blame));
        // それを聞いて、…と、はっきり思いました: a realising.
        let heard = "それを聞いて、その船を動かす側に立ちたいと、はっきり思いました。";
        assert!(role_of(heard, "それを聞いて").contains(&Role::Regret));
        // A day in kanji after the decline's is one too.
        let kanji = "十九日に辞退いたしました。二十二日、御社の工場の記事を読みました。";
        assert!(role_of(kanji, "二十二日").contains(&Role::Regret));
        // The day of the decline is not a story after it.
        let day = "先日、内定を辞退いたしました件でお電話いたしました。";
        assert!(!role_of(day, "先日").contains(&Role::Regret));
    }

    #[test]
    fn words_owned_at_once_are_not_blame() {
        let text = "母からは、給料の高いほうが安心だと言われておりました。ただ、比べて決めたのは、私自身です。";
        assert!(!role_of(text, "母から").contains(&Role::Blame));
        let text = "母からは、給料の高いほうが安心だと言われ、辞退を決めました。";
        assert!(role_of(text, "母から").contains(&Role::Blame));
        let en = "The other offer paid more, and that gap worried my father. In the end, his worry settled it.";
        assert!(role_of(en, "settled").contains(&Role::Blame));
    }

    #[test]
    fn a_decline_told_as_forced_on_the_student_is_blame() {
        let ja = "他社の人事の方から週明けまでの承諾を求められており、考える時間も残されていない中で、先に決まっていた方を選ぶほかございませんでした。";
        assert!(role_of(ja, "承諾").contains(&Role::Blame));
        let ja = "大学のキャリアセンターで面談を受けました。担当の方から現場作業が中心との説明があり、その前提で考えると、合わないと判断せざるを得ませんでした。";
        assert!(role_of(ja, "判断せざる").contains(&Role::Blame));
        // Admitting a mistake is the student's own.
        let own = "辞退の判断が誤りであったと認めざるを得ませんでした。";
        assert!(!role_of(own, "認めざる").contains(&Role::Blame));
        let en = "At the time, another company had offered me a place, and their recruiter asked for my answer within two days. With so little time, I was not able to weigh the two offers, and my reply to you went out in haste.";
        assert!(role_of(en, "so little time").contains(&Role::Blame));
        let en = "I declined because I wanted planning work. Looking back, I don't think it came up in my interviews that your analysts work with small manufacturers. If I'd heard that then, I would not have declined.";
        assert!(role_of(en, "came up").contains(&Role::Blame));
        let en = "Salary had not come up at any stage of the interviews, and with nothing to go on I became nervous, so I declined in a hurry.";
        assert!(role_of(en, "come up").contains(&Role::Blame));
        // Their request told, and the decision owned in the next sentence.
        let owned = "他社の人事の方から早めの回答を求められていたのは事実です。しかし、急いで結論を出したのは私自身の判断であり、他の誰の責任でもございません。";
        assert!(!role_of(owned, "早めの回答").contains(&Role::Blame));
    }

    #[test]
    fn something_the_student_went_and_did_is_their_own_act() {
        let own = |text: &str| {
            let lang = crate::text::detect_lang(text);
            let r = Reading::new(Letter::read(text, Medium::Email, lang), None);
            r.tells_own_act(0)
        };
        assert!(own("I read a news article about the flood in Nagahama, where the water bureau used your FieldLog app offline."));
        assert!(!own(
            "At the info session, I heard about your FieldLog app."
        ));
        assert!(!own(
            "Your FieldLog app is used in many towns, and I read about it."
        ));
    }

    #[test]
    fn a_week_s_days_are_no_day_and_a_guess_is_no_demand() {
        let text = "I declined because I could not picture the job. What a first-year analyst does from Monday to Friday was never really explained to me, and without that picture I did not feel able to say yes.";
        assert!(role_of(text, "Monday").contains(&Role::Blame));
        let text = "My decline meant unpicking all of that and, I expect, reopening your search.";
        assert!(!role_of(text, "I expect").contains(&Role::Pressure));
        let text = "I expect an answer by Friday.";
        assert!(role_of(text, "I expect").contains(&Role::Pressure));
        let text = "A friend who interned at another furniture maker told me that new staff spend years in the warehouse, and I went along with her.";
        assert!(role_of(text, "went along").contains(&Role::Blame));
    }

    #[test]
    fn what_the_decline_cost_them_is_no_reason_and_thanks_in_advance_asks() {
        let text = "I know my decline forced you to revise your hiring plan and possibly reopen recruiting. I am sorry for that.";
        assert!(!role_of(text, "revise").contains(&Role::WhyThisCompany));
        let text = "After I declined, I watched the news of the landslide on your line, which your crews reopened within two days.";
        assert!(!role_of(text, "landslide").contains(&Role::Request));
        let text = "I'd be grateful if you would consider letting me withdraw my decline.";
        assert!(role_of(text, "grateful").contains(&Role::Request));
        let text = "I am grateful for your time this morning.";
        assert!(!role_of(text, "grateful").contains(&Role::Request));
        // Asking for the next steps is not asking to be taken back.
        let text = "I would be grateful if you could tell me the next steps.";
        assert!(!role_of(text, "grateful").contains(&Role::Request));
    }

    #[test]
    fn a_dated_visit_is_the_story_and_other_offers_declined_are_not() {
        let text = "11月20日に辞退いたしました。22日に、介護施設にいる祖母を訪ねました。ほかの内定は、昨日お断りいたしました。";
        assert!(role_of(text, "祖母").contains(&Role::Regret));
        let other = role_of(text, "ほかの内定");
        assert!(other.contains(&Role::Commitment));
        assert!(!other.contains(&Role::Regret));
    }

    #[test]
    fn days_are_read_in_both_languages() {
        assert_eq!(
            day_of("11月20日に辞退いたしました。", Lang::Ja),
            Some((11, 20))
        );
        assert_eq!(
            day_of("２４日に、記事を読みました。", Lang::Ja),
            Some((0, 24))
        );
        assert_eq!(day_of("4年の田村です。", Lang::Ja), None);
        assert_eq!(day_of("On 9 July, I declined.", Lang::En), Some((7, 9)));
        assert_eq!(
            day_of("On November 24 I presented.", Lang::En),
            Some((11, 24))
        );
        assert_eq!(day_of("You may 2 hear from me.", Lang::En), None);
        assert_eq!(day_of("Declined—24 November.", Lang::En), Some((11, 24)));
        assert_eq!(day_of("—November", Lang::En), None);
    }

    #[test]
    fn a_day_after_the_decline_is_the_story() {
        let text = "11月20日に、内定を辞退いたしました。24日に、御社のホームページで、社員の方のインタビューを読みました。";
        assert!(role_of(text, "インタビュー").contains(&Role::Regret));
        let before = "11月20日に、内定を辞退いたしました。18日に、御社のホームページで、社員の方のインタビューを読みました。";
        assert!(!role_of(before, "インタビュー").contains(&Role::Regret));
    }

    #[test]
    fn a_length_of_time_is_not_a_count_to_picture() {
        assert!(!has_number("週末の二日間、その正体を見つめ直しました。"));
        assert!(!has_number("I spent three days thinking about it."));
        assert!(!has_number("For 2 weeks I could not sleep."));
        assert!(has_number("二人の先輩と話しました。"));
        assert!(has_number("We planted 300 seedlings."));
        assert!(!has_number("what has kept me going these four years"));
        assert!(has_number("ovens it sold thirty years ago"));
    }

    #[test]
    fn then_follows_on_from_what_was_told_before_it() {
        // その後 inside a paragraph on the mother's worry is before the decline.
        let text = "母は、私が遠くで働くことに不安を口にしていました。その不安はその後も収まらず、地元の企業を選ぶことになりました。";
        assert!(!role_of(text, "収まらず").contains(&Role::Regret));
        let text = "11月20日に、内定を辞退いたしました。その後、実家の工場で祖父の話を聞きました。";
        assert!(role_of(text, "祖父").contains(&Role::Regret));
    }

    #[test]
    fn the_students_own_hurry_told_in_the_past_asks_nothing() {
        let text = "I chose to answer quickly.";
        assert!(!role_of(text, "quickly").contains(&Role::Pressure));
        let text = "I would be grateful if you could answer quickly.";
        assert!(role_of(text, "quickly").contains(&Role::Pressure));
    }

    #[test]
    fn a_day_or_month_before_the_decline_is_the_selection_remembered() {
        let before = |text: &str, sentence: &str| {
            let lang = crate::text::detect_lang(text);
            let r = Reading::new(Letter::read(text, Medium::Email, lang), None);
            let i = (0..r.sentences.len())
                .find(|&i| r.text_of(i).contains(sentence))
                .unwrap();
            r.dated_before_decline(i)
        };
        let text = "On 19 November I declined your offer. What I want is the work I saw at your plant in September.";
        assert!(before(text, "September"));
        let text = "11月20日に辞退いたしました。10月の工場見学で、検査の現場を拝見しました。";
        assert!(before(text, "工場見学"));
        let text = "11月20日に辞退いたしました。22日に、祖母の店を手伝いました。";
        assert!(!before(text, "祖母"));
        assert_eq!(month_of("in December", Lang::En), Some(12));
        assert_eq!(month_of("月曜日に", Lang::Ja), None);
    }

    #[test]
    fn the_company_is_not_the_student_who_introduces_themself() {
        let text = "Good morning. My name is Fatou Ndiaye, a student at Westbrook University. \
                    Could I speak with Ms. Hughes? Could you let her know that Fatou Ndiaye \
                    called? I visited Saltmarsh Kitchens in June. Saltmarsh Kitchens makes \
                    broth for care homes.";
        assert_eq!(guess_company(text).as_deref(), Some("Saltmarsh Kitchens"));
        let text = "This is Fatou Ndiaye. Please tell her Fatou Ndiaye called.";
        assert_eq!(guess_company(text), None);
    }

    #[test]
    fn chasing_a_family_told_and_the_students_own_timetable_press_them() {
        // (In English, "I had already told my family I was joining you" is told in the past,
        // and the cues take a past plea for what happened.)
        let yes = |t: &str, at: &str| assert!(role_of(t, at).contains(&Role::Pressure), "{t}");
        let no = |t: &str, at: &str| assert!(!role_of(t, at).contains(&Role::Pressure), "{t}");
        yes(
            "I will call again tomorrow and the day after, in case there is any news.",
            "tomorrow",
        );
        yes(
            "本日お返事が難しいようでしたら、明日も明後日も、私のほうからお電話を差し上げます。",
            "明日も",
        );
        yes(
            "ブラジルの家族にも、すでに貴社に入社すると伝えてしまっており、家族も楽しみにしております。",
            "家族",
        );
        yes(
            "I am in Tokyo until Friday. Could we meet before I leave?",
            "meet",
        );
        yes(
            "今週金曜日まで東京に滞在しております。それまでの間に一度お目にかかる機会をいただけましたら幸いです。",
            "それまで",
        );
        // A promise not to chase, a call back when the recruiter is out, a pen used every day.
        no(
            "I will wait quietly for your decision and I will not call before then.",
            "call",
        );
        no(
            "I will call again tomorrow at about eleven o'clock.",
            "call",
        );
        no(
            "She let me try the nib I now write with every day.",
            "every day",
        );
        no("明日もう一度、改めてお電話いたします。", "明日");
    }

    #[test]
    fn a_clouded_judgement_a_rumour_or_a_push_given_as_the_cause_is_blame() {
        let yes = |t: &str, at: &str| assert!(role_of(t, at).contains(&Role::Blame), "{t}");
        yes(
            "I declined because the other studio's recruiter kept calling and wanted my signature by Friday.",
            "recruiter",
        );
        yes(
            "A friend passed on a rumour about the Press, and that rumour is what pushed me to decline your offer.",
            "rumour",
        );
        yes("That rumour is what tipped me into saying no.", "rumour");
        yes(
            "To be honest, I declined because a job-board post I'd read said new graduates spend years on the line.",
            "job-board",
        );
        yes(
            "My parents were worried about the pay. They wanted me at the bigger company, and I went with what they wanted.",
            "went with",
        );
        yes(
            "Because your process finished later, I felt I had to decide before I had weighed your offer.",
            "process",
        );
        yes(
            "辞退したのは、友人から夜勤体制が厳しいという評判を聞き、迷いが出てしまったためです。",
            "評判",
        );
        yes(
            "辞退いたしましたのは、友人から聞いた御社の良くない噂に、気持ちが揺れてしまったためです。",
            "噂",
        );
        // A good word heard and a recruiter's kindness cause nothing.
        let no = |t: &str, at: &str| assert!(!role_of(t, at).contains(&Role::Blame), "{t}");
        no("友人から御社の評判を聞き、改めて魅力を感じました。", "評判");
        no(
            "The other firm's recruiter was kind when I called to decline.",
            "recruiter",
        );
        // Advice to do something else, with no decision in the sentence.
        no(
            "本メールは、キャリア支援センターの長尾様にもCCでお送りしております。今回の件を同センターに相談し、経過を共有するよう助言を受けたためです。",
            "助言",
        );
        yes(
            "I think the thesis deadlines clouded my judgement, and I decided too quickly.",
            "clouded",
        );
        yes(
            "卒論の締め切りに追われ、判断力が鈍っていたため、辞退を決めてしまいました。",
            "判断力",
        );
    }
}
