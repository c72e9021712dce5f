// Package apichange compares two revisions of the Graph API reference (or
// two generated Go SDKs) and reports what changed for a caller, per API
// version: operations added and removed; parameters, bodies and results
// whose type changed; types, properties and enum members added and
// removed; routes whose least privileged permission changed; and the Go
// SDK's API changes as golang.org/x/exp/apidiff classifies them. Each
// change names the page that caused it (the old page of something removed,
// the new page of something added or changed) and whether it breaks
// callers; the report's verdict is the semantic version bump the changes
// call for.
//
// The model comparison (Compare) needs both sides' models; the Go
// comparison (CompareGo) needs only their Go files, so that two generated
// outputs can be compared too (ReadGenerated).
package apichange
