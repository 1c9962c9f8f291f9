"""The files people edit: config, rule, seed and template files read into frozen objects.

Every problem is located at file:line:column. Imports the core and `monitor.errors`.
"""
