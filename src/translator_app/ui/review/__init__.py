"""The reviewer's parts: approve and reject, batch approval and sign-off, the QA, comment and history panels'
wiring, the rejection banner."""
