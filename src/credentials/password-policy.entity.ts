import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The account password policy (AWS UpdateAccountPasswordPolicy): one row, id 1. */
@Entity('account_password_policy')
export class PasswordPolicyEntity {
  @PrimaryColumn('integer')
  id: number;

  @Column('integer', { name: 'minimum_password_length' })
  minimumPasswordLength: number;

  @Column('boolean', { name: 'require_symbols' })
  requireSymbols: boolean;

  @Column('boolean', { name: 'require_numbers' })
  requireNumbers: boolean;

  @Column('boolean', { name: 'require_uppercase_characters' })
  requireUppercaseCharacters: boolean;

  @Column('boolean', { name: 'require_lowercase_characters' })
  requireLowercaseCharacters: boolean;

  @Column('boolean', { name: 'allow_users_to_change_password' })
  allowUsersToChangePassword: boolean;

  @Column('integer', { name: 'max_password_age', nullable: true })
  maxPasswordAge: number | null;

  @Column('integer', { name: 'password_reuse_prevention', nullable: true })
  passwordReusePrevention: number | null;

  @Column('boolean', { name: 'hard_expiry' })
  hardExpiry: boolean;
}
