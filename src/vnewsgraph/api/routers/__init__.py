"""REST routers: reads (documents, entities, events, facts, search, timeline, graph) and writes."""
