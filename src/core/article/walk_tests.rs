//! The iterative [`Walk::walk`] against the recursive walk it replaced, on random pages;
//! and the whole pipeline on pages far deeper than any call stack.

use super::*;
use crate::core::clutter::find_clutter;
use crate::core::testing::{random_page, subtree_ends, within, Shape};

/// The recursive walk as it was before it became iterative, kept as the reference: same
/// decisions, same order of blocks, exclusions and reasons. Only for shallow pages.
fn old_walk(w: &mut Walk, id: NodeId, in_block: bool) {
    let (page, s) = (w.page, w.s);
    let i = id.index();
    if w.base.gone[i] {
        return;
    }
    match page.element(id) {
        None => {
            if !in_block && page.text(id).is_some() && s.text[i] > 0 && !s.skip[i] {
                w.emit(id);
            }
            return;
        }
        Some(_) if !in_block => {}
        Some(_) => {
            for &c in page.children(id) {
                if page.element(c).is_some() && !w.base.gone[c.index()] && w.excluded(c) {
                    w.excluded.push(c);
                } else if page.element(c).is_some() {
                    old_walk(w, c, true);
                }
            }
            return;
        }
    }
    if !s.blocky[i] {
        if s.text[i] > 0 {
            w.emit(id);
            old_walk(w, id, true);
        }
        return;
    }
    let (loose, _) = loose_text(page, s, id);
    let block_tag = page
        .element(id)
        .is_some_and(|e| in_list(&e.name, h::BLOCK_TAGS));
    if loose > 0 && (loose * 2 >= s.text[i] || block_tag && loose * 4 >= s.text[i]) {
        w.emit(id);
        old_walk(w, id, true);
        return;
    }
    for &c in page.children(id) {
        if w.base.gone[c.index()] {
            continue;
        }
        if page.element(c).is_some() && w.excluded(c) {
            w.excluded.push(c);
            continue;
        }
        old_walk(w, c, false);
    }
}

const ALL_FLAGS: [Flags; 2] = [
    Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    },
    Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: false,
    },
];

fn walker<'a>(
    page: &'a Page,
    base: &'a Base,
    s: &'a Stats,
    flags: Flags,
    titles: &'a [String],
    root: NodeId,
) -> Walk<'a> {
    Walk {
        page,
        base,
        s,
        flags,
        root_para: s.para[root.index()],
        titles,
        blocks: Vec::new(),
        excluded: Vec::new(),
        reasons: Vec::new(),
        text: 0,
    }
}

/// What a walk found, to compare two walks.
type Found = (Vec<NodeId>, Vec<NodeId>, Vec<&'static str>, u32);

fn found(w: Walk) -> Found {
    (w.blocks, w.excluded, w.reasons, w.text)
}

#[test]
fn iterative_walk_matches_the_recursive_one_on_random_pages() {
    let mut compared = 0;
    let mut with_blocks = 0;
    for seed in 0..150 {
        let shape = Shape {
            nodes: 50 + (seed as usize * 7) % 400,
            depth: 2 + seed as usize % 14,
            open: 30 + seed as usize % 30,
            plain: false,
        };
        let page = random_page(seed, shape);
        let clutter = find_clutter(&page);
        let base = base(&page, &clutter);
        let titles = title_strings(&page);
        for flags in ALL_FLAGS {
            let mut s = measure(&page, &base, flags);
            score(&page, &base, &mut s, flags);
            // Many elements as roots, in and out of a block: more cases than the chosen
            // root alone, and each one a walk the article finder could make.
            let elements: Vec<NodeId> = page.ids().filter(|&n| page.element(n).is_some()).collect();
            for root in elements.iter().copied().step_by(elements.len() / 24 + 1) {
                for in_block in [false, true] {
                    let mut new = walker(&page, &base, &s, flags, &titles, root);
                    new.walk(root, in_block);
                    let mut old = walker(&page, &base, &s, flags, &titles, root);
                    old_walk(&mut old, root, in_block);
                    let (new, old) = (found(new), found(old));
                    with_blocks += usize::from(!new.0.is_empty());
                    assert_eq!(new, old, "seed {seed}, root {root:?}, in block {in_block}");
                    compared += 1;
                }
            }
        }
    }
    // The comparison must have exercised real walks, not empty ones.
    assert!(
        compared > 5_000 && with_blocks > 1_000,
        "{compared} {with_blocks}"
    );
}

#[test]
fn deep_random_pages_are_walked_without_overflow() {
    // Test threads have 2 MiB stacks: the recursive walk overflowed long before 100,000.
    let mut emitted = 0;
    for (seed, nodes, depth) in [
        (1, 200_000, 100_000),
        (2, 150_000, 100_000),
        (3, 200_000, 60),
    ] {
        let shape = Shape {
            nodes,
            depth,
            open: 70,
            plain: true,
        };
        let page = random_page(seed, shape);
        let ends = subtree_ends(&page);
        let base = base(&page, &[]);
        let titles = title_strings(&page);
        let body = page.body();
        for flags in ALL_FLAGS {
            let mut s = measure(&page, &base, flags);
            score(&page, &base, &mut s, flags);
            let mut w = walker(&page, &base, &s, flags, &titles, body);
            w.walk(body, false);
            let (blocks, excluded, reasons, text) = found(w);
            emitted += blocks.len();
            assert!(blocks.windows(2).all(|w| w[0] < w[1]), "seed {seed}");
            assert!(blocks
                .iter()
                .chain(&excluded)
                .all(|&n| within(&ends, body, n)));
            assert_eq!(excluded.len(), reasons.len());
            // Exclusions are whole subtrees, in document order, and hold no block.
            let outside = |n: NodeId| {
                let k = excluded.partition_point(|&x| x < n);
                k == 0 || !within(&ends, excluded[k - 1], n)
            };
            assert!(excluded.windows(2).all(|w| w[0] < w[1] && outside(w[1])));
            assert!(blocks.iter().all(|&b| outside(b)), "seed {seed}");
            let sum: u32 = blocks.iter().map(|b| s.text[b.index()]).sum();
            assert_eq!(sum, text, "seed {seed}");
        }
    }
    // Text deep in the chains was found, not only skipped.
    assert!(emitted > 100, "{emitted}");
}
