//! What the native test files share: the list of fixture pages.

use std::path::{Path, PathBuf};

/// Every `tests/fixtures/<case>/` folder that holds a `page.html`, sorted by name.
pub fn fixture_dirs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("page.html").is_file())
        .collect();
    cases.sort();
    // Fewer would mean a fixture went missing and its tests would pass vacuously.
    assert!(
        cases.len() >= 3,
        "expected at least three fixture pages in {}",
        dir.display()
    );
    cases
}

/// The folder's name, for messages.
pub fn case_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
