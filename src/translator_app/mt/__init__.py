"""Machine translation: the provider Protocol, DeepL over its official client, the key, glossary sync.

Nothing here touches the database or Qt: the services hand in what is stored and get codes and data back.
"""
