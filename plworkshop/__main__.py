"""Allow `python -m plworkshop`."""

from plworkshop.cli.main import main

raise SystemExit(main())
