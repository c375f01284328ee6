"""``python -m jpo_model``: the ``jpo`` command line."""

import sys

from jpo_model.cli import main

sys.exit(main())
