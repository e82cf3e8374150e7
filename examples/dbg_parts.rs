use retract::check::{self, Facts, Options, Role};
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&p).unwrap();
    let r = check::read(&text, &Options::default(), &Facts::default());
    for i in 0..r.sentences.len() {
        let e = r.evidence(&[i]);
        let roles: Vec<&str> = r.sentences[i].tags.iter().map(|t| t.role.name()).collect();
        let t: String = r.text_of(i).chars().take(70).collect();
        if std::env::var("HITS").is_ok() {
            println!("    {}", hits(&r, i));
        }
        print!("p{} ", r.letter.sentences[i].para);
        if std::env::var("CE").is_ok() {
            let c = r.company_evidence(i);
            println!(
                "    company: q={} n={} nm={} th={} co={}",
                c.quote as u8, c.number as u8, c.name as u8, c.things, c.company as u8
            );
        }
        println!(
            "[{i}] t={} q={} n={} nm={} th={} co={} {:?} {}",
            e.time as u8,
            e.quote as u8,
            e.number as u8,
            e.name as u8,
            e.things,
            e.company as u8,
            roles,
            t
        );
    }
    let _ = Role::Regret;
}
#[allow(dead_code)]
fn hits(r: &retract::check::Reading, i: usize) -> String {
    r.hits_of(i)
        .iter()
        .map(|h| format!("{:?}:{}", h.cue, &r.letter.prose.text[h.range.clone()]))
        .collect::<Vec<_>>()
        .join(" ")
}
