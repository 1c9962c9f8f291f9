"""The shell: the composition root (`app`), the daemon and scaled mode on one runtime, the
bot, health serving, and the stored history arranged for people.
"""
