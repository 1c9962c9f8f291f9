"""`kuril-monitor web`: the alert history as a small read-only web site."""
