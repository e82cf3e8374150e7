//! Bounds on rendering a template. The built-in templates need none of this; a user's template
//! is code, and `{% for %}` loops over `range(end=100000)` nested twice would otherwise run for
//! hours or fill memory before anything is printed.
//!
//! Three bounds, each ending the render with an error that names the template:
//! - all `range()` calls of one render produce at most [`MAX_RANGE_ITEMS`] items together;
//! - the output is at most [`MAX_OUTPUT_BYTES`];
//! - the render gets [`DEADLINE`] of wall time, for loops that neither call `range()` nor write
//!   (nested loops over the characters of a reason).

use std::cell::Cell;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use tera::{Context, Kwargs, State, Tera, TeraResult};

/// Far more than any letter loops over, and little enough to count in milliseconds.
pub const MAX_RANGE_ITEMS: usize = 100_000;

/// A letter is a few kilobytes. Twice the input limit leaves room for the longest reasons a
/// profile can hold, and keeps the draft's own check bounded.
pub const MAX_OUTPUT_BYTES: usize = 2 * crate::files::MAX_INPUT_BYTES;

/// The built-in templates render in milliseconds; a user's template that takes seconds is in a
/// loop it will not leave.
pub const DEADLINE: Duration = Duration::from_secs(5);

thread_local! {
    /// `range()` items still allowed in the render running on this thread.
    static RANGE_LEFT: Cell<usize> = const { Cell::new(MAX_RANGE_ITEMS) };
}

/// `range(end=…, start=…, step_by=…)` as tera defines it, counted against the render's budget.
/// Registered under tera's own name, it replaces the unbounded built-in.
pub fn range(kwargs: Kwargs, _: &State) -> TeraResult<Vec<i64>> {
    let start = kwargs.get::<i64>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i64>("end")?;
    let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message("range: step_by cannot be 0"));
    }
    if start > end && step > 0 {
        return Err(tera::Error::message("range: start is greater than end"));
    }
    let span = i128::from(end) - i128::from(start);
    let step = i128::from(step);
    let len = if (span > 0) == (step > 0) && span != 0 {
        (span.abs() + step.abs() - 1) / step.abs()
    } else {
        0
    };
    let left = RANGE_LEFT.with(Cell::get);
    if len > left as i128 {
        return Err(tera::Error::message(format!(
            "the template's range() calls ask for more than {MAX_RANGE_ITEMS} items in all \
             (nested loops multiply); a letter needs far fewer"
        )));
    }
    // `len` fits in usize: it is at most `left`.
    RANGE_LEFT.with(|c| c.set(left - len as usize));
    Ok((0..len)
        .map(|i| (i128::from(start) + i * step) as i64)
        .collect())
}

/// Renders `name` within the bounds above.
pub fn render(tera: &Tera, name: &str, ctx: &Context) -> TeraResult<String> {
    let (tera, name, ctx) = (tera.clone(), name.to_owned(), ctx.clone());
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel();
    let worker_stop = Arc::clone(&stop);
    let spawned = std::thread::Builder::new()
        .name("render".into())
        .spawn(move || {
            RANGE_LEFT.with(|c| c.set(MAX_RANGE_ITEMS));
            let mut out = Bounded {
                buf: Vec::new(),
                stop: worker_stop,
            };
            let result = tera
                .render_to(&name, &ctx, &mut out)
                .and_then(|()| String::from_utf8(out.buf).map_err(tera::Error::message));
            let _ = tx.send(result);
        });
    let worker = match spawned {
        Ok(worker) => worker,
        Err(e) => return Err(tera::Error::message(format!("cannot start rendering: {e}"))),
    };
    match rx.recv_timeout(DEADLINE) {
        Ok(result) => {
            // It has sent its result and is ending: waiting for it leaves no thread behind.
            let _ = worker.join();
            result
        }
        Err(_) => {
            // The worker stops at its next write; one that never writes runs on until the
            // process, which is about to report this error, exits.
            stop.store(true, Ordering::Relaxed);
            Err(tera::Error::message(format!(
                "rendering took longer than {} seconds; look for loops inside loops",
                DEADLINE.as_secs()
            )))
        }
    }
}

/// The render's output, refusing to grow past [`MAX_OUTPUT_BYTES`] or past the deadline.
struct Bounded {
    buf: Vec<u8>,
    stop: Arc<AtomicBool>,
}

impl Write for Bounded {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(std::io::Error::other("rendering stopped"));
        }
        if self.buf.len() + bytes.len() > MAX_OUTPUT_BYTES {
            return Err(std::io::Error::other(format!(
                "the template writes more than {} MiB; a letter is a few kilobytes",
                MAX_OUTPUT_BYTES >> 20
            )));
        }
        self.buf.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_str(src: &str) -> TeraResult<String> {
        let mut tera = Tera::default();
        tera.register_function("range", range);
        tera.add_raw_template("t", src)?;
        render(&tera, "t", &Context::new())
    }

    #[test]
    fn range_matches_tera_within_the_budget() {
        let out = render_str(
            "{% for i in range(end=5) %}{{ i }}{% endfor %}|\
             {% for i in range(start=2, end=11, step_by=3) %}{{ i }}{% endfor %}|\
             {% for i in range(start=5, end=0, step_by=-2) %}{{ i }}{% endfor %}",
        )
        .unwrap();
        assert_eq!(out, "01234|258|531");
    }

    #[test]
    fn nested_ranges_end_with_an_error() {
        let e = render_str(
            "{% for i in range(end=100000) %}{% for j in range(end=100000) %}\
             {% endfor %}{% endfor %}",
        )
        .unwrap_err();
        assert!(format!("{e:?}").contains("range() calls"), "{e:?}");
    }
}
