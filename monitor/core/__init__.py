"""The pure core: reading, rules matching, knowledge, novelty, the decision and the alert's text.

Plain data in, decisions out: no I/O, no clock, no asyncio. Imports only itself and
`monitor.errors`.
"""
