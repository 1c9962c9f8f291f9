"""The command line: `kuril-monitor COMMAND` and the commands' own modules."""
