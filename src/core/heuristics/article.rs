//! Named data for the article analysis (content scoring, metadata sources).
