"""Reading articles: files, folders, standard input, HTML, JSON Lines, and the encodings they come in.

* :mod:`~vnewsgraph.ingest.files` — ``read_path``/``read_inputs``/``read_bytes``: dispatch and the text header.
* :mod:`~vnewsgraph.ingest.encodings` — bytes to Unicode: UTF-8/16/32, Windows-1258, TCVN3, VNI.
* :mod:`~vnewsgraph.ingest.legacy_tables` — the TCVN3 and VNI conversion tables.
* :mod:`~vnewsgraph.ingest.plausibility` — valid-Vietnamese-syllable score used to choose a decoding.
* :mod:`~vnewsgraph.ingest.html` — article pages (trafilatura) and their stated metadata.
* :mod:`~vnewsgraph.ingest.jsonl` — JSON Lines / JSON records, streamed.
* :mod:`~vnewsgraph.ingest.dates` — publication dates as sources state them.

Every reader yields an Article or an InputError naming the input and the reason.
"""
