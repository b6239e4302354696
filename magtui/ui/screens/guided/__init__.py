"""The guided session, a screen per step: prepare, product, avoid-if, timer, how it went."""
