"""`python -m monitor` is the same as `kuril-monitor`."""

import sys

from monitor.cli.main import main

sys.exit(main())
