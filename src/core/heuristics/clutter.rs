//! Named data for the clutter analysis (comment systems, fundraising widgets).
