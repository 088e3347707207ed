"""Adapters: the only modules that talk to AWS, OpenAI or Salesforce, each behind a port in postcall.ports."""
