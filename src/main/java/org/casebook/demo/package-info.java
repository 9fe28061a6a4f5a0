/**
 * Synthetic demo data for the demo run only ({@code casebook.demo=true}): demo accounts for every
 * role, a few fictional people and the community asset directory of their fictional town, Ashford
 * Vale. Never loaded in a production configuration.
 */
package org.casebook.demo;
