"""Evaluation: records against gold files (``docparse eval``, evaluate.gold), text against its truth
(evaluate.wer). The modules are imported by name: each command needs only its own."""
