import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MAX_CATALOG_ITEMS, UNLISTED_POLICIES, type ServiceCatalog } from '../domain/service-catalog';
import { MAX_APPROVERS } from '../domain/service-request.rules';
import { MAX_SHORT_TEXT_LENGTH } from '../domain/text.rules';

export class CatalogItemDto {
  @ApiProperty({
    example: 'laptop',
    maxLength: MAX_SHORT_TEXT_LENGTH,
    description: 'What requesters ask for (POST /requests catalogItem), compared case-insensitively',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  name!: string;

  @ApiProperty({ type: [String], maxItems: MAX_APPROVERS, example: ['budget-holder'], description: 'Users who must all approve' })
  @IsArray()
  @ArrayMaxSize(MAX_APPROVERS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MAX_SHORT_TEXT_LENGTH, { each: true })
  approvers!: string[];

  @ApiProperty({ description: 'The manager of the person it is for (from the directory) must approve too' })
  @IsBoolean()
  managerApproval!: boolean;
}

/** Replaces what it names; left out keeps its value. */
export class ChangeServiceCatalogDto {
  @ApiProperty({ type: [CatalogItemDto], required: false, maxItems: MAX_CATALOG_ITEMS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CATALOG_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => CatalogItemDto)
  items?: CatalogItemDto[];

  @ApiProperty({ enum: UNLISTED_POLICIES, required: false, description: "An item the catalog does not list: needs the manager's approval, or is refused" })
  @IsOptional()
  @IsIn(UNLISTED_POLICIES)
  unlisted?: ServiceCatalog['unlisted'];
}

export class ServiceCatalogDto {
  @ApiProperty({ type: [CatalogItemDto] }) items!: CatalogItemDto[];
  @ApiProperty({ enum: UNLISTED_POLICIES }) unlisted!: ServiceCatalog['unlisted'];
  @ApiProperty({ type: 'integer', description: 'The revision (ETag); -1 while the defaults were never changed' }) revision!: number;
}
