"""The pipeline's stages: poll, fetch and extract, decide, deliver, prune and retract,
over one cycle's context.
"""
