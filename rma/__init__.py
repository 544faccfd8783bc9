"""Units, customers, warranty, RMA workflow, quotes, payments, shipping, handovers."""
