#pragma once

// What an import does to a contact that exists, for both import writers (ImportWriter on SQLite,
// ServerImportWriter on PostgreSQL): the tail of `ON CONFLICT (phone) DO UPDATE SET`. Consent is never taken back
// by an import: an opt-in lands only on a contact with neither opt-in nor opt-out, an opt-out always stays.
namespace ContactUpsert {
inline constexpr char kConsentColumns[] = R"SQL(
    opt_in_source = CASE WHEN contacts.opt_in_at IS NULL AND contacts.opt_out_at IS NULL
                          AND excluded.opt_in_at IS NOT NULL THEN excluded.opt_in_source
                         ELSE contacts.opt_in_source END,
    opt_in_at = CASE WHEN contacts.opt_in_at IS NULL AND contacts.opt_out_at IS NULL THEN excluded.opt_in_at
                     ELSE contacts.opt_in_at END,
    opt_out_reason = CASE WHEN contacts.opt_out_at IS NULL AND excluded.opt_out_at IS NOT NULL
                          THEN excluded.opt_out_reason ELSE contacts.opt_out_reason END,
    opt_out_at = coalesce(contacts.opt_out_at, excluded.opt_out_at),
    updated_at = excluded.updated_at
)SQL";
} // namespace ContactUpsert
