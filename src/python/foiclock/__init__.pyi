"""Type stubs for foiclock: UK statutory information-rights deadlines."""

import datetime
from typing import Any, Dict, Iterable, List, Literal, Optional, Sequence, Tuple, Union, overload

# A date: a datetime.date (an aware datetime is converted to the UK civil
# date), text such as '2018-10-15' or '15 October 2018', or a NumPy datetime64.
_DateLike = Union[datetime.date, str, Any]
_Regime = Literal["foia", "eir", "foisa", "eisr", "sar", "le-sar"]
_CalendarId = Literal["uk", "scotland", "england-and-wales", "northern-ireland"]
_ReceiptRule = Literal["statutory", "next-working-day"]
_Division = Literal["england-and-wales", "scotland", "northern-ireland"]
_Audience = Literal["neutral", "requester", "authority"]
_ErrorsMode = Literal["nat", "raise", "return"]

__version__: str
library_version: str
json_schema_version: int

class Error(ValueError):
    code: str
    field: Optional[str]
    other_field: Optional[str]

class Holiday:
    date: datetime.date
    name: str
    divisions: Tuple[str, ...]
    basis: str
    substitute: bool
    provisional: bool
    source: str
    def as_dict(self) -> Dict[str, Any]: ...

class Calendar:
    id: str
    description: str
    divisions: Tuple[str, ...]
    first: datetime.date
    last: datetime.date
    published_until: datetime.date
    def as_dict(self) -> Dict[str, Any]: ...

class Rule:
    id: str
    role: Optional[str]
    regime: str
    count: int
    unit: str
    backstop: Optional[int]
    calendar: str
    calendar_follows_division: bool
    roll_forward: bool
    grace: bool
    anchor: str
    basis: str
    statutory: bool
    summary: str
    description: str
    wording: str
    beginning_with: bool
    in_force: Optional[Tuple[Optional[datetime.date], Optional[datetime.date], str]]
    def as_dict(self) -> Dict[str, Any]: ...

class Deadline:
    rule: str
    role: Optional[str]
    summary: str
    anchor: datetime.date
    anchor_meaning: str
    start: datetime.date
    due: datetime.date
    count: int
    unit: str
    calendar: str
    statutory: bool
    basis: str
    provisional: bool
    receipt_rule: str
    other_receipt_rule: Optional[str]
    other_due: Optional[datetime.date]
    beginning_with: bool
    corresponding_date: Optional[datetime.date]
    regulator_due: Optional[datetime.date]
    band: Optional[str]
    rolled_from: Optional[datetime.date]
    paused_days: Optional[int]
    directed_day: Optional[int]
    from_late_response: bool
    safer: Optional[datetime.date]
    backstop_due: Optional[datetime.date]
    school_due: Optional[datetime.date]
    school_calendar: Optional[bool]
    skipped: Tuple[Holiday, ...]
    text: str
    def __init__(self, values: Tuple[Any, ...], inputs: Tuple[Any, ...]) -> None: ...
    def to_json(self) -> str: ...
    def as_dict(self) -> Dict[str, Any]: ...
    def to_ics(
        self,
        ref: Optional[str] = ...,
        *,
        remind: Sequence[int] = ...,
        stamp: Optional[int] = ...,
        authority: Optional[str] = ...,
        previous: Optional[str] = ...,
    ) -> str: ...

class Entry:
    deadline: Optional[Deadline]
    rule: str
    role: Optional[str]
    summary: str
    anchor: datetime.date
    statutory: bool
    basis: str
    status: str
    remaining: Optional[int]
    overdue: Optional[int]
    overdue_calendar_days: Optional[int]
    in_time: Optional[bool]
    early: Optional[int]
    late: Optional[int]
    status_text: str
    done_by: Optional[str]
    done_on: Optional[datetime.date]
    note: Optional[str]
    paused: bool
    extended: bool
    done_inferred: bool
    due: Optional[datetime.date]
    def __init__(self, values: Tuple[Any, ...], inputs: Tuple[Any, ...]) -> None: ...
    def as_dict(self) -> Dict[str, Any]: ...

class Advice:
    kind: str
    audience: str
    entry: int
    rule: str
    role: Optional[str]
    summary: str
    date: Optional[datetime.date]
    text: str

class Timeline:
    regime: str
    title: str
    division: Optional[str]
    ref: Optional[str]
    receipt_rule: str
    events: Dict[str, datetime.date]
    pit_extension: bool
    extension_claimed: Optional[datetime.date]
    school: bool
    public_records: bool
    direction_days: Optional[int]
    direction_ground: Optional[str]
    today: datetime.date
    audience: _Audience
    deadlines: List[Entry]
    advice: List[Advice]
    warnings: List[str]
    text: str
    def to_json(self) -> str: ...
    def as_dict(self) -> Dict[str, Any]: ...
    def to_ics(
        self,
        *,
        remind: Sequence[int] = ...,
        stamp: Optional[int] = ...,
        authority: Optional[str] = ...,
        previous: Optional[str] = ...,
    ) -> str: ...

def due(
    received: _DateLike,
    regime: _Regime = ...,
    *,
    receipt_rule: _ReceiptRule = ...,
    division: Optional[_Division] = ...,
) -> datetime.date: ...
def deadline(
    rule: str,
    start: _DateLike,
    *,
    receipt_rule: _ReceiptRule = ...,
    division: Optional[_Division] = ...,
    pause: Optional[Tuple[_DateLike, _DateLike]] = ...,
    responded: Optional[_DateLike] = ...,
    school_days: Optional[Iterable[_DateLike]] = ...,
) -> Deadline: ...
def timeline(
    received: Optional[_DateLike],
    responded: Optional[_DateLike] = ...,
    *,
    regime: _Regime = ...,
    clarification_requested: Optional[_DateLike] = ...,
    clarification_received: Optional[_DateLike] = ...,
    fee_notice: Optional[_DateLike] = ...,
    fee_paid: Optional[_DateLike] = ...,
    pit_extension: Union[bool, _DateLike] = ...,
    review_requested: Optional[_DateLike] = ...,
    review_responded: Optional[_DateLike] = ...,
    decision_notice: Optional[_DateLike] = ...,
    complained: Optional[_DateLike] = ...,
    division: Optional[_Division] = ...,
    ref: Optional[str] = ...,
    receipt_rule: _ReceiptRule = ...,
    school: bool = ...,
    school_days: Optional[Iterable[_DateLike]] = ...,
    public_records: bool = ...,
    audience: Optional[Literal["requester", "authority"]] = ...,
    today: Optional[_DateLike] = ...,
    direction: Optional[_DateLike] = ...,
    direction_days: Optional[int] = ...,
    direction_ground: Optional[Literal["armed-forces", "outside-uk"]] = ...,
) -> Timeline: ...
def add(date: _DateLike, n: int, calendar: _CalendarId = ...) -> datetime.date: ...
def count(start: _DateLike, end: _DateLike, calendar: _CalendarId = ...) -> int: ...
def is_working_day(date: _DateLike, calendar: _CalendarId = ...) -> bool: ...
def next_working_day(date: _DateLike, calendar: _CalendarId = ...) -> datetime.date: ...
def previous_working_day(date: _DateLike, calendar: _CalendarId = ...) -> datetime.date: ...
def parse_date(text: _DateLike) -> datetime.date: ...
@overload
def holidays(start: Optional[int] = ..., end: None = ..., *, calendar: _CalendarId = ...) -> List[Holiday]: ...
@overload
def holidays(start: _DateLike, end: _DateLike, *, calendar: _CalendarId = ...) -> List[Holiday]: ...
def calendars() -> List[Calendar]: ...
def rules() -> List[Rule]: ...

# The array functions take and return NumPy arrays (NumPy is imported on
# their first call); typed loosely so that the stubs do not need NumPy.
@overload
def add_many(dates: Any, n: Any, calendar: _CalendarId = ..., *, errors: Literal["nat", "raise"] = ...) -> Any: ...
@overload
def add_many(dates: Any, n: Any, calendar: _CalendarId = ..., *, errors: Literal["return"]) -> Tuple[Any, Dict[Any, str]]: ...
@overload
def due_many(
    received: Any,
    regime: Optional[_Regime] = ...,
    *,
    rule: Optional[str] = ...,
    receipt_rule: _ReceiptRule = ...,
    division: Optional[_Division] = ...,
    errors: Literal["nat", "raise"] = ...,
) -> Any: ...
@overload
def due_many(
    received: Any,
    regime: Optional[_Regime] = ...,
    *,
    rule: Optional[str] = ...,
    receipt_rule: _ReceiptRule = ...,
    division: Optional[_Division] = ...,
    errors: Literal["return"],
) -> Tuple[Any, Dict[Any, str]]: ...
