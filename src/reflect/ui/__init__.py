"""Terminal adapters: everything that draws with rich or asks with questionary lives here."""
