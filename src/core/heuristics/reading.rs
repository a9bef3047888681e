//! Reading speed, for the reader view's estimated reading time.
//!
//! Sources:
//! - Brysbaert, M. (2019). How many words do we read per minute? A review and meta-analysis
//!   of reading rate. *Journal of Memory and Language* 109, 104047. Over 190 studies, adults
//!   read English non-fiction silently at 238 words per minute (fiction 260).
//! - Brysbaert, M., Dirix, N., Duyck, W. & Sui, L. (2021). Improving reading rate prediction
//!   with word length information: Evidence from Dutch. *Quarterly Journal of Experimental
//!   Psychology* 74(11). Non-fiction words average 4.6 letters in English and 5.1 in Dutch;
//!   a Dutch text of the Dutch average length is read at the same 238 words per minute, and
//!   the rate scales inversely with a text's mean word length (4.5 letters: 270 wpm, 6.0
//!   letters: 202 wpm).
//!
//! So a text typical of its language is read at about 238 words per minute whatever the
//! language; where the language's mean word length is known, a text with longer words than
//! usual gets a proportionally lower rate.

/// Silent reading rate of adults for non-fiction, words per minute (Brysbaert 2019).
pub const SILENT_WORDS_PER_MINUTE: f64 = 238.0;

/// Mean letters per word of non-fiction, per language (primary subtag, lower case), where a
/// source gives it (Brysbaert et al. 2021). Languages not listed get the plain rate.
pub const MEAN_WORD_LETTERS: &[(&str, f64)] = &[("en", 4.6), ("nl", 5.1)];

/// How far a text's mean word length may move the rate, as a factor either way: the 2021
/// study measured texts from 4.5 to 6.0 letters per word around a mean of 5.1 (0.88 to 1.18
/// of it); beyond a quarter either way the text is more likely odd (URLs, code, tables of
/// numbers) than hard to read.
pub const WORD_LENGTH_FACTOR_MAX: f64 = 1.25;

/// Share of letters in scripts written without spaces between words (Han, kana, Thai, Lao,
/// Khmer, Myanmar) above which words cannot be counted by spaces; no reading time is given
/// then, as the sources above measured words, not characters.
pub const UNSPACED_SCRIPT_SHARE_MAX: f64 = 0.3;
