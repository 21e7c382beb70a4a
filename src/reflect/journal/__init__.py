"""The journal: entries in the vault, its index and manifest, seals, import and export."""
