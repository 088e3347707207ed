"""Operations commands: redrive a DLQ after a fix, replay sessions through ScoreLeadFunction."""
