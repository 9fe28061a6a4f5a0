/**
 * Community assets: the directory of groups, places and people a person can be connected with
 * before paid services, searching it by what, where and when, the links between conversations and
 * the assets they draw on, and the Open Referral UK import and publication of the directory.
 */
package org.casebook.asset;
