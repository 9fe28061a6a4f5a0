/**
 * Open Referral UK: importing services from other directories into the community asset directory,
 * and publishing the directory in the standard's shape, both checked against the standard's JSON
 * Schemas.
 */
package org.casebook.asset.oruk;
