"""postcall: the shared domain of the post-call pipeline.

Plain typed objects and pure functions only. Nothing here imports AWS, OpenAI,
Salesforce or LiveKit; those live behind the ports in `postcall.ports` and the
adapters in `postcall.adapters`.
"""
