"""Typed ids so that an entry id is never passed where an event id is expected."""

from typing import NewType

EntryId = NewType("EntryId", int)
EventId = NewType("EventId", int)
SessionId = NewType("SessionId", int)
UserId = NewType("UserId", int)
GroupId = NewType("GroupId", int)
SpeakerId = NewType("SpeakerId", int)
PersonId = NewType("PersonId", int)
NoteId = NewType("NoteId", int)
AuditId = NewType("AuditId", int)
