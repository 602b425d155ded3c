-- marts.claim_checks: one row per market claim (key claim_id): the stated move or level against the
-- real close of the session it belongs to (marts.index_returns).
--
-- Each figure the claim states gets its own verdict, and `verdict` is the worst of them
-- (contradicted > no_data > approximate > confirmed):
--   move_verdict      stated % vs the close-to-close move: confirmed when the actual move rounded to
--                     the claim's own decimals equals it; approximate when off by at most one unit of
--                     the last stated digit; contradicted otherwise or in the wrong direction. Hedged
--                     figures are judged by their hedge ("more than 3%" is confirmed by 3.79%).
--   points_verdict    stated points vs the close-to-close change, by the same rule.
--   level_verdict     stated level vs the actual close, by the same rule.
--   crossing_verdict  "to top 50,000": the close is on the stated side of the level; with "for the
--                     first time", also no earlier close (data or prior record) beyond it.
--   record_verdict    "record high": the close is above every earlier close, from the data and the
--                     index's prior record close; no_data where the history is too short to prove it.
--                     "highest since August 2015" / "lowest in eight years": the close beats every
--                     close from record_after on (no_data when the closes start later); a qualified
--                     record ("record year-end close") is not_comparable. An all-time low is confirmed
--                     only by a history we do not hold, so it is contradicted or no_data.
-- Intraday, futures, period and unknown-kind claims are not_comparable, and so is each of their figures: a
-- daily close cannot check them.
create schema if not exists marts;

create or replace table marts.claim_checks as
with joined as (
    select
        c.*,
        nv.story_id,
        r.close as actual_close,
        r.prev_close,
        r.prev_session_date,
        r.return_pct as actual_move_pct,
        r.close - r.prev_close as actual_points,
        r.prior_high_close,
        r.prior_high_date,
        r.history_complete,
        r.is_record_close,
        h.data_start_date,
        h.since_high_close,
        h.since_low_close,
        h.prior_low_close,
        pow(10, -coalesce(c.pct_decimals, 0)) as pct_unit,
        pow(10, -coalesce(c.points_decimals, 0)) as points_unit,
        pow(10, -coalesce(c.level_decimals, 0)) as level_unit,
        coalesce(lower(c.hedge), '') as hedge_word
    from staging.market_claims as c
    left join marts.index_returns as r on r.index_id = c.index_id and r.session_date = c.session_date
    -- copies of one story repeat its claims: story_id groups them
    left join staging.article_novelty as nv on nv.article_id = c.article_id
    -- The index's history as the record checks need it, in one pass over its closes.
    left join lateral (
        select
            min(x.session_date) as data_start_date,
            max(x.close) filter (where x.session_date >= c.record_after and x.session_date < c.session_date)
                as since_high_close,
            min(x.close) filter (where x.session_date >= c.record_after and x.session_date < c.session_date)
                as since_low_close,
            min(x.close) filter (where x.session_date < c.session_date) as prior_low_close
        from staging.index_closes as x
        where x.index_id = c.index_id
    ) as h on true
),
rated as (
    select
        *,
        case
            when move_pct is null then null
            when claim_kind != 'close' then 'not_comparable'
            when actual_move_pct is null then 'no_data'
            when sign(move_pct) != 0 and sign(actual_move_pct) != sign(move_pct) then 'contradicted'
            when hedge_word in ('more than', 'over', 'above', 'at least')
                then case when abs(actual_move_pct) >= abs(move_pct) then 'confirmed'
                          when abs(actual_move_pct) >= abs(move_pct) - pct_unit then 'approximate'
                          else 'contradicted' end
            when hedge_word in ('nearly', 'almost', 'close to', 'just under', 'less than', 'under', 'up to')
                then case when abs(actual_move_pct) <= abs(move_pct)
                               and abs(actual_move_pct) >= abs(move_pct) - pct_unit then 'confirmed'
                          when abs(actual_move_pct - move_pct) <= pct_unit + 1e-9 then 'approximate'
                          else 'contradicted' end
            when is_hedged
                then case when abs(actual_move_pct - move_pct) <= pct_unit + 1e-9 then 'confirmed'
                          else 'contradicted' end
            when round(actual_move_pct, coalesce(pct_decimals, 0)) = move_pct then 'confirmed'
            when abs(actual_move_pct - move_pct) <= pct_unit + 1e-9 then 'approximate'
            else 'contradicted'
        end as move_verdict,
        case
            when points is null then null
            when claim_kind != 'close' then 'not_comparable'
            when actual_points is null then 'no_data'
            when sign(points) != 0 and sign(actual_points) != sign(points) then 'contradicted'
            when is_hedged
                then case when abs(abs(actual_points) - abs(points)) <= greatest(points_unit, 0.02 * abs(points))
                          then 'confirmed' else 'contradicted' end
            when round(actual_points, coalesce(points_decimals, 0)) = points then 'confirmed'
            when abs(actual_points - points) <= points_unit + 1e-9 then 'approximate'
            else 'contradicted'
        end as points_verdict,
        case
            when level is null then null
            when claim_kind != 'close' then 'not_comparable'
            when actual_close is null then 'no_data'
            when is_hedged
                then case when abs(actual_close - level) <= greatest(level_unit, 0.01 * level)
                          then 'confirmed' else 'contradicted' end
            when round(actual_close, coalesce(level_decimals, 0)) = level then 'confirmed'
            when abs(actual_close - level) <= level_unit + 1e-9 then 'approximate'
            else 'contradicted'
        end as level_verdict,
        case
            when crosses_level is null then null
            when claim_kind != 'close' then 'not_comparable'
            when actual_close is null then 'no_data'
            when direction = 'down' then case when actual_close < crosses_level then 'confirmed' else 'contradicted' end
            when actual_close < crosses_level then 'contradicted'
            when not is_record then 'confirmed'
            when prior_high_close >= crosses_level then 'contradicted'
            when not history_complete then 'no_data'
            else 'confirmed'
        end as crossing_verdict,
        case
            when not is_record or (crosses_level is not null and direction = 'down') then null
            when claim_kind != 'close' then 'not_comparable'
            when record_scope = 'qualified' then 'not_comparable'
            when record_scope in ('high_since', 'low_since') and record_after is null then 'not_comparable'
            when actual_close is null then 'no_data'
            when record_scope = 'high_since' then
                case when since_high_close >= actual_close then 'contradicted'
                     when data_start_date > record_after then 'no_data' else 'confirmed' end
            when record_scope = 'low_since' then
                case when since_low_close <= actual_close then 'contradicted'
                     when data_start_date > record_after then 'no_data' else 'confirmed' end
            when record_scope = 'all_time_low' then
                case when prior_low_close <= actual_close then 'contradicted' else 'no_data' end
            when prior_high_close >= actual_close then 'contradicted'
            when is_record_close then 'confirmed'  -- the session of the prior record on file is that record
            when not history_complete then 'no_data'
            else 'confirmed'
        end as record_verdict
    from joined
),
explained as (
    select
        *,
        case
            when claim_kind != 'close' then 'not_comparable'
            when session_date is null or actual_close is null then 'no_data'
            else coalesce(
                case greatest(
                    case move_verdict when 'contradicted' then 4 when 'no_data' then 3 when 'approximate' then 2 when 'confirmed' then 1 end,
                    case points_verdict when 'contradicted' then 4 when 'no_data' then 3 when 'approximate' then 2 when 'confirmed' then 1 end,
                    case level_verdict when 'contradicted' then 4 when 'no_data' then 3 when 'approximate' then 2 when 'confirmed' then 1 end,
                    case crossing_verdict when 'contradicted' then 4 when 'no_data' then 3 when 'approximate' then 2 when 'confirmed' then 1 end,
                    case record_verdict when 'contradicted' then 4 when 'no_data' then 3 when 'approximate' then 2 when 'confirmed' then 1 end
                ) when 4 then 'contradicted' when 3 then 'no_data' when 2 then 'approximate' when 1 then 'confirmed' end,
                'not_comparable'
            )
        end as verdict
    from rated
)
select
    claim_id,
    article_id,
    coalesce(story_id, article_id) as story_id,
    index_id,
    claim_kind,
    session_date,
    sentence,
    direction,
    move_pct as claimed_move_pct,
    round(actual_move_pct, 4) as actual_move_pct,
    -- actual minus stated, in percentage points, only where the stated move is checked against the close
    case when claim_kind = 'close' then round(actual_move_pct - move_pct, 4) end as error_pp,
    points as claimed_points,
    round(actual_points, 2) as actual_points,
    level as claimed_level,
    actual_close,
    prev_close,
    crosses_level,
    is_record,
    record_scope,
    record_after,
    is_hedged,
    hedge,
    prior_high_close,
    prior_high_date,
    move_verdict,
    points_verdict,
    level_verdict,
    crossing_verdict,
    record_verdict,
    verdict,
    case
        when claim_kind != 'close' then
            'not comparable: ' || claim_kind || ' figure'
            || coalesce(' (' || kind_evidence || ')', '')
            || case claim_kind
                   when 'futures' then '; index futures are not the index close'
                   when 'intraday' then '; a daily close cannot check an intraday figure'
                   when 'period' then '; a multi-session move is not one close-to-close return'
                   else '; the text does not say which session the figure belongs to'
               end
        when reference_date is null then 'no data: the text does not say which session this close belongs to'
        when session_date is null then 'no data: no ' || index_id || ' session on or before ' || coalesce(cast(reference_date as varchar), 'the reference date')
        when actual_close is null then 'no data: no ' || index_id || ' close for the session of ' || cast(session_date as varchar) || ' in staging.index_closes'
        else concat_ws('; ',
            case when move_verdict is not null then
                'move ' || move_verdict || ': stated ' || coalesce(hedge || ' ', '') || printf('%+g%%', move_pct)
                || coalesce(', actual ' || printf('%+.2f%%', actual_move_pct)
                    || printf(' (close %.2f vs %.2f on ', actual_close, prev_close) || cast(prev_session_date as varchar) || ')',
                    ', no close for the previous session')
            end,
            case when points_verdict is not null then
                'points ' || points_verdict || ': stated ' || printf('%+g', points)
                || coalesce(', actual ' || printf('%+.2f', actual_points), ', no previous close')
            end,
            case when level_verdict is not null then
                'level ' || level_verdict || ': stated ' || printf('%.2f', level) || ', actual close ' || printf('%.2f', actual_close)
            end,
            case when crossing_verdict is not null then
                'crossing ' || crossing_verdict || ': close ' || printf('%.2f', actual_close)
                || case when direction = 'down' then ' vs below ' else ' vs above ' end || printf('%g', crosses_level)
                || case when is_record and direction is distinct from 'down' then
                       coalesce(', earlier high ' || printf('%.2f', prior_high_close) || coalesce(' on ' || cast(prior_high_date as varchar), ''), '')
                       || case when not history_complete and crossing_verdict = 'no_data' then ', history too short: closes start '
                               || cast(data_start_date as varchar) || ' and no prior record close before it is on file' else '' end
                   else '' end
            end,
            case
                when record_verdict is null then null
                when record_scope = 'qualified' then
                    'record not comparable: a qualified record that daily closes cannot check'
                when record_scope in ('high_since', 'low_since') and record_after is null then
                    'record not comparable: the text does not give a date to measure "since" from'
                when record_scope in ('high_since', 'low_since') then
                    'record ' || record_verdict || ': close ' || printf('%.2f', actual_close)
                    || case when record_scope = 'high_since'
                            then coalesce(' vs highest close ' || printf('%.2f', since_high_close), ', no earlier close')
                            else coalesce(' vs lowest close ' || printf('%.2f', since_low_close), ', no earlier close') end
                    || ' since ' || cast(record_after as varchar)
                    || case when data_start_date > record_after then ', history too short: closes start '
                            || cast(data_start_date as varchar) else '' end
                when record_scope = 'all_time_low' then
                    'record ' || record_verdict || ': close ' || printf('%.2f', actual_close)
                    || coalesce(' vs earlier low ' || printf('%.2f', prior_low_close), ', no earlier close')
                    || case when record_verdict = 'no_data' then ', history too short: closes start '
                            || cast(data_start_date as varchar) || ' and no prior record low is on file' else '' end
                else
                    'record ' || record_verdict || ': close ' || printf('%.2f', actual_close)
                    || coalesce(' vs earlier high ' || printf('%.2f', prior_high_close) || coalesce(' on ' || cast(prior_high_date as varchar), ''), '')
                    || case when not history_complete and record_verdict = 'no_data' then ', history too short: closes start '
                            || cast(data_start_date as varchar) || ' and no prior record close before it is on file' else '' end
            end,
            case when move_verdict is null and points_verdict is null and level_verdict is null
                      and crossing_verdict is null and record_verdict is null
                 then 'not comparable: no figure to check' end
        )
    end as explanation
from explained
order by article_id, sentence_no, claim_id;
