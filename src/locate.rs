//! Finds the line of a key path in block-style YAML, for messages about values that parsed
//! but failed validation (serde keeps no positions once a value is deserialized).

/// 1-based line of the key at `path` (e.g. `["timeline", "declined_on"]`), if it is written in
/// block style. Flow-style mappings (`{a: 1}`) are not searched; callers fall back to the parent.
pub fn line_of(src: &str, path: &[&str]) -> Option<usize> {
    let lines: Vec<&str> = src.lines().collect();
    let mut start = 0;
    let mut parent_indent: Option<usize> = None;
    let mut found = None;
    for seg in path {
        found = None;
        for (i, line) in lines.iter().enumerate().skip(start) {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            if parent_indent.is_some_and(|p| indent <= p) {
                break;
            }
            if is_key(trimmed, seg) {
                found = Some(i);
                parent_indent = Some(indent);
                start = i + 1;
                break;
            }
        }
        found?;
    }
    found.map(|i| i + 1)
}

/// The line of the deepest existing key along `path`, so a missing field points at its parent.
pub fn nearest_line(src: &str, path: &[&str]) -> Option<usize> {
    (1..=path.len())
        .rev()
        .find_map(|n| line_of(src, &path[..n]))
}

fn is_key(trimmed: &str, key: &str) -> bool {
    let rest = trimmed
        .strip_prefix(key)
        .or_else(|| trimmed.strip_prefix(&format!("\"{key}\"")))
        .or_else(|| trimmed.strip_prefix(&format!("'{key}'")));
    matches!(rest, Some(r) if r.trim_start().starts_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "applicant:\n  name: A\n\n# note\ncompany:\n  name: B\n  contact:\n    name: C\ntimeline:\n  declined_on: x\n";

    #[test]
    fn finds_nested_keys_under_the_right_parent() {
        assert_eq!(line_of(SRC, &["applicant", "name"]), Some(2));
        assert_eq!(line_of(SRC, &["company", "name"]), Some(6));
        assert_eq!(line_of(SRC, &["company", "contact", "name"]), Some(8));
        assert_eq!(line_of(SRC, &["timeline", "declined_on"]), Some(10));
    }

    #[test]
    fn missing_key_falls_back_to_parent() {
        assert_eq!(line_of(SRC, &["applicant", "email"]), None);
        assert_eq!(nearest_line(SRC, &["applicant", "email"]), Some(1));
    }
}
