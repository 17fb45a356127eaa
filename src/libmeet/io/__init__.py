"""Everything around the pure core that touches files: reading, decoding, HTML cleaning."""
