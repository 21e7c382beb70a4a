"""Check the seventeenth anonymizer corpus (see tests/corpus_check.py for what is checked).

Run `python3 tests/anonymizer_seventeenth/validate.py`; add `--review` to list capitalised words and
digit runs that are not labelled, for a human to look over.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpus_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, min_words=150))
