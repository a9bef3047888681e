//! Links to one quote: URL text fragments (`#:~:text=`), as specified by the WICG "URL
//! Fragment Text Directives" draft (<https://wicg.github.io/scroll-to-text-fragment/>) and
//! generated the way Chromium's "Copy link to highlight" generates them
//! (`third_party/blink/renderer/core/fragment_directive/text_fragment_selector_generator.cc`).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

/// Characters a text directive value may hold as they are: the spec's
/// `TextDirectiveExplicitChar` (ASCII letters and digits, and `! $ ' ( ) * + . / : ; = ? @ _
/// ~`). Everything else is percent-encoded, in particular `&` (ends the directive), `,`
/// (separates its parts) and `-` (marks a prefix or suffix).
pub const TEXT_DIRECTIVE_ENCODED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'$')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b'.')
    .remove(b'/')
    .remove(b':')
    .remove(b';')
    .remove(b'=')
    .remove(b'?')
    .remove(b'@')
    .remove(b'_')
    .remove(b'~');

/// Longest quote, in characters, linked by its whole text; a longer one is linked by its
/// first and last words (`textStart,textEnd`). Chromium's `kExactTextMaxChars`.
pub const EXACT_TEXT_MAX_CHARS: usize = 300;

/// Words at each end of a long quote in a `textStart,textEnd` link. Chromium starts from
/// `kMinWordCount` = 3 and grows up to `kMaxRangeWords` = 10 until the range is unique; the
/// core cannot search the rendered page, so it takes a middle value at once.
pub const RANGE_WORDS: usize = 5;

/// Words of context before and after the quote (`prefix-,` and `,-suffix`), so that a phrase
/// said twice on a page still links to this occurrence. Chromium's `kMinWordCount`, the
/// context it tries first.
pub const CONTEXT_WORDS: usize = 3;
