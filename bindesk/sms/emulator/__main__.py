import sys

from bindesk.sms.emulator.cli import main

sys.exit(main())
