//! The version as rlookup prints it: `-version`, `--version`, `dig -v` and
//! dig's banner (`; <<>> rlookup X.Y.Z <<>> ...`).

/// `rlookup X.Y.Z`.
pub const VERSION_TEXT: &str = concat!("rlookup ", env!("CARGO_PKG_VERSION"));
