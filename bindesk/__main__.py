from bindesk.cli import main

raise SystemExit(main())
